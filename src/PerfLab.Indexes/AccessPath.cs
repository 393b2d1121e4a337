using Microsoft.Data.Sqlite;

namespace PerfLab.Indexes;

/// <summary>A way to reach rows: a statement run against one schema variant, whose indexes decide the plan.</summary>
public sealed record AccessPath<TRow>(string Name, SchemaVariant Variant, string Sql, Func<SqliteDataReader, TRow> Read)
    where TRow : class
{
    /// <summary>A private copy of the variant's database holding <paramref name="rows"/> rows, with the statement prepared.</summary>
    public AccessPathDatabase<TRow> Open(int rows) => new(this, LabDatabase.Create(IndexDatabases.Spec(Variant, rows)));

    public override string ToString() => Name;
}

/// <summary>An open database of one access path: the prepared query, its plan and the file's size.</summary>
/// <remarks>
/// The query runs inside one read transaction held open for the database's lifetime (a snapshot: nothing writes to
/// these files). In autocommit mode every statement would also start and end a WAL read transaction, a handful of
/// file-lock system calls that cost the same for every path and can outweigh the B-tree search being compared; SQLite's
/// page cache behaves the same either way (in WAL mode it survives between transactions while the file is unchanged).
/// </remarks>
public sealed class AccessPathDatabase<TRow> : IDisposable where TRow : class
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _snapshot;

    internal AccessPathDatabase(AccessPath<TRow> path, LabDatabase database)
    {
        Database = database;
        try
        {
            _connection = database.OpenConnection();
            // The plan is fixed (the lab never runs ANALYZE, so parameter values cannot change it): read it once.
            Plan = QueryPlan.Describe(_connection, path.Sql,
                [.. new[] { IndexQueries.KeyParameter, IndexQueries.FromParameter, IndexQueries.ToParameter }
                    .Where(name => path.Sql.Contains(name, StringComparison.Ordinal))
                    .Select(name => (name, (object?)null))]);
            _snapshot = _connection.BeginTransaction(deferred: true);
            Query = new PreparedQuery<TRow>(_connection, path.Sql, path.Read, _snapshot);
        }
        catch
        {
            _snapshot?.Dispose();
            _connection?.Dispose();
            database.Dispose();
            throw;
        }
    }

    public LabDatabase Database { get; }
    public PreparedQuery<TRow> Query { get; }

    /// <summary>SQLite's plan for the statement, as <see cref="QueryPlan.Describe"/> prints it.</summary>
    public string Plan { get; }

    public long MeasureFileSize() => Database.MeasureFileSize();

    /// <summary>The settings the query runs under, the page-cache size among them (it decides which sizes fit in it).</summary>
    public SqliteSettings Settings => SqliteSettings.Read(_connection);

    public void Dispose()
    {
        Query.Dispose();
        _snapshot.Dispose();
        _connection.Dispose();
        Database.Dispose();
    }
}

/// <summary>How the suite sizes its databases: by rows in the measured table, whatever the variant's scale means.</summary>
public static class IndexDatabases
{
    public static DatabaseSpec Spec(SchemaVariant variant, int rows) => variant switch
    {
        OrderTableVariant => new DatabaseSpec(variant, OrderTableVariant.ScaleForRows(rows)),
        CustomerTableVariant => new DatabaseSpec(variant, rows),
        _ => throw new ArgumentException($"'{variant.Name}' is not one of the index suite's variants.", nameof(variant)),
    };
}
