using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Queries.Injection;

/// <summary>
/// Customer searches that put a user's value into SQL, each through every <see cref="SqlPath"/>: by email (a text
/// literal), by id (a numeric context, no quotes to break out of), by a fragment of the name (LIKE, whose wildcards
/// are data too), by the city stored on another customer (second order: a value that was stored safely and is reused
/// later), and sorted by a user-chosen column (an identifier: allow-listed). The concatenating paths are unsafe on
/// purpose and exist to be shown exploitable (tests); the parameterized ones return exactly the rows a literal match
/// would. The email lookup also has a prepared statement reused across calls (what the benchmarks measure).
/// </summary>
public sealed class CustomerSearch(QueryLab lab) : IDisposable
{
    public const string ByEmailSql = $"SELECT {CustomerMatch.Columns} FROM Customers WHERE Email = $email";
    public const string ByIdSql = $"SELECT {CustomerMatch.Columns} FROM Customers WHERE Id = $id";
    public const string NameLikeSql = $"SELECT {CustomerMatch.Columns} FROM Customers WHERE Name LIKE '%' || $fragment || '%' ESCAPE '\\' ORDER BY Id";
    public const string ByCitySql = $"SELECT {CustomerMatch.Columns} FROM Customers WHERE City = $city ORDER BY Id";

    /// <summary>Rows of a sorted page (the ORDER BY comparison).</summary>
    public const int SortedPageSize = 20;

    private const string Select = $"SELECT {CustomerMatch.Columns} FROM Customers";

    private SqliteCommand? _byEmailPrepared;

    // --- By email: the benchmarks' lookup ---------------------------------------------------------------------------

    public List<CustomerMatch> ByEmail(SqlPath path, string email) => path switch
    {
        SqlPath.Concatenated => ByEmailConcatenated(email),
        SqlPath.ConcatenatedEscaped => ByEmailConcatenatedEscaped(email),
        SqlPath.Parameterized => ByEmailParameterized(email),
        SqlPath.Dapper => ByEmailDapper(email),
        SqlPath.EfCore => ByEmailEf(email),
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    /// <summary>Parameterized, the statement prepared once and only re-bound per call.</summary>
    public List<CustomerMatch> ByEmailParameterizedReused(string email)
    {
        _byEmailPrepared ??= lab.Prepare(ByEmailSql, "$email");
        _byEmailPrepared.Parameters[0].Value = email;
        return Read(_byEmailPrepared);
    }

    /// <summary>Parameterized, a new command per call (the same SQL text each time: Dapper's and EF Core's path on SQLite).</summary>
    public List<CustomerMatch> ByEmailParameterized(string email)
    {
        using var command = lab.NewCommand(ByEmailSql, ("$email", email));
        return Read(command);
    }

    public List<CustomerMatch> ByEmailDapper(string email) =>
        lab.Connection.Query<CustomerMatch>(ByEmailSql, new { email }).AsList();

    public List<CustomerMatch> ByEmailEf(string email)
    {
        using var context = lab.RentContext();
        return Project(context.Customers.Where(c => c.Email == email)).ToList();
    }

    /// <summary>Unsafe (demonstration): SQL text built per call; each distinct email is a new statement for SQLite to compile.</summary>
    public List<CustomerMatch> ByEmailConcatenated(string email) => Run($"{Select} WHERE Email = '{email}'");

    /// <summary>Unsafe (demonstration): as <see cref="ByEmailConcatenated"/>, quotes doubled first.</summary>
    public List<CustomerMatch> ByEmailConcatenatedEscaped(string email) => Run($"{Select} WHERE Email = '{EscapeQuotes(email)}'");

    // --- By id: a numeric context ------------------------------------------------------------------------------------

    /// <summary>
    /// The id as the user typed it. Concatenated, it goes into the SQL bare (a number has no quotes, so escaping
    /// quotes changes nothing); the parameterized paths parse it as an integer first and bind it, so text that is
    /// not an integer finds nothing.
    /// </summary>
    public List<CustomerMatch> ById(SqlPath path, string idText)
    {
        if (path is SqlPath.Concatenated) return Run($"{Select} WHERE Id = {idText}");
        if (path is SqlPath.ConcatenatedEscaped) return Run($"{Select} WHERE Id = {EscapeQuotes(idText)}");
        if (!long.TryParse(idText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)) return [];
        switch (path)
        {
            case SqlPath.Parameterized:
                using (var command = lab.NewCommand(ByIdSql, ("$id", id))) return Read(command);
            case SqlPath.Dapper:
                return lab.Connection.Query<CustomerMatch>(ByIdSql, new { id }).AsList();
            case SqlPath.EfCore:
                using (var context = lab.RentContext()) return Project(context.Customers.Where(c => c.Id == id)).ToList();
            default:
                throw new ArgumentOutOfRangeException(nameof(path));
        }
    }

    // --- Name contains: LIKE ------------------------------------------------------------------------------------------

    /// <summary>
    /// Customers whose name contains <paramref name="fragment"/> (SQLite's LIKE: ASCII letters case-insensitive).
    /// The parameterized paths bind the fragment with its own <c>%</c>, <c>_</c> and <c>\</c> escaped, so they are
    /// matched literally; the concatenating ones paste it inside <c>'%…%'</c>.
    /// </summary>
    public List<CustomerMatch> NameContains(SqlPath path, string fragment)
    {
        switch (path)
        {
            case SqlPath.Concatenated:
                return Run($"{Select} WHERE Name LIKE '%{fragment}%' ORDER BY Id");
            case SqlPath.ConcatenatedEscaped:
                return Run($"{Select} WHERE Name LIKE '%{EscapeQuotes(fragment)}%' ORDER BY Id");
            case SqlPath.Parameterized:
                using (var command = lab.NewCommand(NameLikeSql, ("$fragment", EscapeLike(fragment)))) return Read(command);
            case SqlPath.Dapper:
                return lab.Connection.Query<CustomerMatch>(NameLikeSql, new { fragment = EscapeLike(fragment) }).AsList();
            case SqlPath.EfCore:
                using (var context = lab.RentContext())
                {
                    var pattern = "%" + EscapeLike(fragment) + "%";
                    return Project(context.Customers.Where(c => EF.Functions.Like(c.Name, pattern, "\\")).OrderBy(c => c.Id)).ToList();
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(path));
        }
    }

    // --- Second order: a stored value reused -------------------------------------------------------------------------

    /// <summary>
    /// "Other customers in the same city": the city is read from a stored customer (safely, by parameter) and then
    /// used in the next query through <paramref name="path"/>. A value that was harmless to store attacks the
    /// second query when that one concatenates it.
    /// </summary>
    public List<CustomerMatch> SameCityAs(SqlPath path, long customerId)
    {
        string city;
        using (var read = lab.NewCommand("SELECT City FROM Customers WHERE Id = $id", ("$id", customerId)))
        {
            city = (string)read.ExecuteScalar()!;
        }
        switch (path)
        {
            case SqlPath.Concatenated:
                return Run($"{Select} WHERE City = '{city}' ORDER BY Id");
            case SqlPath.ConcatenatedEscaped:
                return Run($"{Select} WHERE City = '{EscapeQuotes(city)}' ORDER BY Id");
            case SqlPath.Parameterized:
                using (var command = lab.NewCommand(ByCitySql, ("$city", city))) return Read(command);
            case SqlPath.Dapper:
                return lab.Connection.Query<CustomerMatch>(ByCitySql, new { city }).AsList();
            case SqlPath.EfCore:
                using (var context = lab.RentContext()) return Project(context.Customers.Where(c => c.City == city).OrderBy(c => c.Id)).ToList();
            default:
                throw new ArgumentOutOfRangeException(nameof(path));
        }
    }

    // --- Sorted by a user-chosen column: an identifier ---------------------------------------------------------------

    /// <summary>Unsafe (demonstration): the requested column pasted into ORDER BY.</summary>
    public List<CustomerMatch> SortedConcatenated(string column) => Run($"{Select} ORDER BY {column}, Id LIMIT {SortedPageSize}");

    /// <summary>
    /// The requested column looked up in <see cref="SortColumns"/>; the SQL gets the allow-list's own column name.
    /// Anything else throws <see cref="ArgumentException"/> before any SQL is built.
    /// </summary>
    public List<CustomerMatch> SortedAllowListed(string column)
    {
        if (!SortColumns.TryResolve(column, out var allowed))
            throw new ArgumentException($"Cannot sort by '{column}': allowed are {string.Join(", ", SortColumns.Names)}.", nameof(column));
        using var command = lab.NewCommand($"{Select} ORDER BY {allowed}, Id LIMIT $limit", ("$limit", SortedPageSize));
        return Read(command);
    }

    /// <summary>The classic hand-rolled escaping: every single quote doubled. It knows nothing about numbers, LIKE or identifiers.</summary>
    public static string EscapeQuotes(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>A LIKE pattern's own characters (<c>\</c>, <c>%</c>, <c>_</c>) escaped with <c>\</c>, for <c>ESCAPE '\'</c>.</summary>
    public static string EscapeLike(string value)
    {
        var escaped = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '\\' or '%' or '_') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    public void Dispose() => _byEmailPrepared?.Dispose();

    private static IQueryable<CustomerMatch> Project(IQueryable<Data.Domain.Customer> customers) =>
        customers.AsNoTracking().Select(c => new CustomerMatch { Id = c.Id, Email = c.Email, Name = c.Name, City = c.City });

    private List<CustomerMatch> Run(string sql)
    {
        using var command = lab.Connection.CreateCommand();
        command.CommandText = sql;
        return Read(command);
    }

    private static List<CustomerMatch> Read(SqliteCommand command)
    {
        var rows = new List<CustomerMatch>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add(CustomerMatch.Read(reader));
        return rows;
    }
}
