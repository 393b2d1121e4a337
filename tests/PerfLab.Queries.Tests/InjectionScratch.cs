using System.Text;
using Microsoft.Data.Sqlite;
using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries.Injection;

namespace PerfLab.Queries.Tests;

/// <summary>
/// A scratch database for the injection corpus: 40 generated customers, an <c>admin@example.com</c> customer and a
/// <c>Secrets</c> table no search reads. It records its state (every table's rows and the schema) so a run can tell
/// whether a payload changed or destroyed anything, and is rebuilt whenever one did.
/// </summary>
public sealed class InjectionScratch : IDisposable
{
    public static readonly string[] SecretTokens = ["SECRET-TOKEN-ALPHA", "SECRET-TOKEN-BRAVO", "SECRET-TOKEN-CHARLIE"];

    private QueryLab _lab = null!;

    public InjectionScratch() => Rebuild();

    public CustomerSearch Search { get; private set; } = null!;

    public QueryLab Lab => _lab;

    public void Rebuild()
    {
        Search?.Dispose();
        _lab?.Dispose();
        _lab = TestLab.Open(OrderListVariant.Normalized, scale: 40);
        _lab.Execute("CREATE TABLE Secrets (Id INTEGER PRIMARY KEY, Token TEXT NOT NULL)");
        foreach (var token in SecretTokens) Insert("INSERT INTO Secrets (Token) VALUES ($t)", ("$t", token));
        AddCustomer(InjectionCorpus.AdminEmail, "Admin", "London");
        Search = new CustomerSearch(_lab);
    }

    /// <summary>Stores a customer through a parameterized INSERT (the safe first step of a second-order attack); returns its id.</summary>
    public long AddCustomer(string email, string name, string city)
    {
        var id = _lab.Scalar("SELECT max(Id) FROM Customers") + 1;
        Insert("""
            INSERT INTO Customers (Id, ExternalId, Email, Name, City, Country, Phone, CreatedAt, LoyaltyPoints)
            VALUES ($id, $guid, $email, $name, $city, 'GB', NULL, '2022-01-01 00:00:00', 0)
            """, ("$id", id), ("$guid", SqliteValues.Guid(Guid.Empty)), ("$email", email), ("$name", name), ("$city", city));
        return id;
    }

    /// <summary>Every customer as the searches return them, read by a fixed query: the ground truth for literal matches.</summary>
    public List<CustomerMatch> Customers()
    {
        using var command = _lab.NewCommand($"SELECT {CustomerMatch.Columns} FROM Customers ORDER BY Id");
        using var reader = command.ExecuteReader();
        var rows = new List<CustomerMatch>();
        while (reader.Read()) rows.Add(CustomerMatch.Read(reader));
        return rows;
    }

    /// <summary>The schema and every row of every table, as text: equal before and after means the payload changed nothing.</summary>
    public string State()
    {
        var state = new StringBuilder();
        var tables = new List<string>();
        using (var schema = _lab.NewCommand("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))
        using (var reader = schema.ExecuteReader())
        {
            while (reader.Read())
            {
                state.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append(' ').AppendLine(reader.IsDBNull(2) ? "" : reader.GetString(2));
                if (reader.GetString(0) == "table") tables.Add(reader.GetString(1));
            }
        }
        foreach (var table in tables)
        {
            using var rows = _lab.NewCommand($"SELECT * FROM \"{table}\" ORDER BY rowid");
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) state.Append(reader.GetValue(i)).Append('|');
                state.AppendLine();
            }
        }
        return state.ToString();
    }

    public void Dispose()
    {
        Search.Dispose();
        _lab.Dispose();
    }

    private void Insert(string sql, params ReadOnlySpan<(string, object)> parameters)
    {
        using SqliteCommand command = _lab.NewCommand(sql, parameters);
        command.ExecuteNonQuery();
    }
}
