using System.Globalization;
using PerfLab.Data.Servers;

namespace PerfLab.Indexes.Postgres;

/// <summary>A way to reach rows on PostgreSQL: a statement run against one variant, whose indexes and row order decide the plan.</summary>
/// <param name="ParameterType">The type of the statement's parameters (<c>$1</c>, and <c>$2</c> for a range).</param>
public sealed record PostgresAccessPath<TRow>(string Name, PostgresIndexVariant Variant, string Sql, NpgsqlDbType ParameterType, Func<NpgsqlDataReader, TRow> Read)
    where TRow : class
{
    /// <summary>On a database of the suite (<see cref="PostgresIndexDatabase"/>): the prepared statement, its plan, the sizes.</summary>
    public PostgresAccessPathDatabase<TRow> Open(string connectionString, object[] planParameters) => new(this, connectionString, planParameters);

    public override string ToString() => Name;
}

/// <summary>
/// One access path on an open connection: the statement prepared once and re-bound per call, the same raw ADO.NET path
/// for every variant (as <see cref="PreparedQuery{TRow}"/> on SQLite), and what EXPLAIN reports for it.
/// </summary>
/// <remarks>
/// The connection plans the statement once, generically (<c>plan_cache_mode = force_generic_plan</c>): every call runs
/// the same plan, without re-planning, as SQLite's prepared statements do, and that plan is the one explained
/// (<c>PREPARE</c>, then <c>EXPLAIN EXECUTE</c> on the same setting). Left to PostgreSQL's default, the first five calls
/// are planned for their values and a generic plan is chosen after, so the plan measured could differ from the plan shown.
/// </remarks>
public sealed class PostgresAccessPathDatabase<TRow> : IAccessPathQuery<TRow>, IDisposable where TRow : class
{
    private const string PlanMode = "-c plan_cache_mode=force_generic_plan";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _command;
    private readonly Func<NpgsqlDataReader, TRow> _read;

    internal PostgresAccessPathDatabase(PostgresAccessPath<TRow> path, string connectionString, object[] planParameters)
    {
        _read = path.Read;
        Path = path;
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = path.Variant.Schema, Options = PlanMode }.ConnectionString);
        try
        {
            _connection.Open();
            var arity = path.Sql.Contains("$2", StringComparison.Ordinal) ? 2 : 1;
            _command = new NpgsqlCommand(path.Sql, _connection);
            for (var i = 0; i < arity; i++) _command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = path.ParameterType });
            _command.Prepare();
            Plan = Explain(planParameters);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public PostgresAccessPath<TRow> Path { get; }

    public NpgsqlConnection Connection => _connection;

    /// <summary>The plan the statement runs with and the shared buffers one execution touched (the second, warm one).</summary>
    public ExecutedPlan Plan { get; }

    /// <summary>The row with this key, or null.</summary>
    public TRow? Single(object key)
    {
        _command.Parameters[0].Value = key;
        using var reader = _command.ExecuteReader();
        return reader.Read() ? _read(reader) : null;
    }

    /// <summary>Every row between the bounds, in the statement's order.</summary>
    public List<TRow> Range((object From, object To) bounds)
    {
        _command.Parameters[0].Value = bounds.From;
        _command.Parameters[1].Value = bounds.To;
        var rows = new List<TRow>();
        using var reader = _command.ExecuteReader();
        while (reader.Read()) rows.Add(_read(reader));
        return rows;
    }

    /// <summary>
    /// The variant's heap, the total of its indexes, and the index the plan reads (0 for a scan), in bytes
    /// (<c>pg_relation_size</c>, <c>pg_indexes_size</c>): BRIN's size beside the B-tree's is part of its comparison.
    /// </summary>
    public (long TableBytes, long IndexesBytes, long PlanIndexBytes) MeasureSizes()
    {
        using var command = new NpgsqlCommand(
            "SELECT pg_relation_size(@t::regclass), pg_indexes_size(@t::regclass), CASE WHEN @i::text IS NULL THEN 0 ELSE pg_relation_size(format('%I.%I', @s::text, @i::text)::regclass) END", _connection);
        command.Parameters.AddWithValue("t", Path.Variant.QualifiedTable);
        command.Parameters.AddWithValue("s", Path.Variant.Schema);
        command.Parameters.AddWithValue("i", (object?)Plan.Nodes.Select(n => n.Index).FirstOrDefault(i => i is not null) ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public string DescribeSettings() => PostgresServer.DescribeSettings(_connection);

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }

    private ExecutedPlan Explain(object[] parameters)
    {
        using (var prepare = new NpgsqlCommand($"PREPARE lab_plan AS {Path.Sql}", _connection)) prepare.ExecuteNonQuery();
        // EXECUTE's arguments are literals: PostgreSQL takes no bind parameters in a utility statement.
        var execute = $"EXECUTE lab_plan({string.Join(", ", parameters.Select(Literal))})";
        PostgresQueryPlan.Explain(_connection, execute); // the first run reads the pages in; the second is the steady state
        var plan = PostgresQueryPlan.Explain(_connection, execute);
        using (var deallocate = new NpgsqlCommand("DEALLOCATE lab_plan", _connection)) deallocate.ExecuteNonQuery();
        return plan;
    }

    private static string Literal(object value) => value switch
    {
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        DateTime { Kind: DateTimeKind.Utc } time => "'" + time.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00'",
        _ => throw new ArgumentException($"no literal for a {value.GetType().Name} (timestamps must be UTC)", nameof(value)),
    };
}
