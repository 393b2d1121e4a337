using Microsoft.Data.Sqlite;
using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.IndexVariants;

namespace PerfLab.Indexes;

/// <summary>A way to reach rows: a statement run against one schema variant, whose indexes decide the plan.</summary>
public sealed record AccessPath<TRow>(string Name, SchemaVariant Variant, string Sql, Func<SqliteDataReader, TRow> Read)
    where TRow : class
{
    /// <summary>A private copy of the variant's database holding <paramref name="rows"/> rows, with the statement prepared.</summary>
    public AccessPathDatabase<TRow> Open(int rows, DatabaseReuse reuse = DatabaseReuse.Cached) =>
        new(this, LabDatabase.Create(IndexDatabases.Spec(Variant, rows), reuse));

    public override string ToString() => Name;
}

/// <summary>An open database of one access path: the prepared query, its plan and the file's size.</summary>
public sealed class AccessPathDatabase<TRow> : IDisposable where TRow : class
{
    private readonly SqliteConnection _connection;

    internal AccessPathDatabase(AccessPath<TRow> path, LabDatabase database)
    {
        Path = path;
        Database = database;
        try
        {
            _connection = database.OpenConnection();
            Query = new PreparedQuery<TRow>(_connection, path.Sql, path.Read);
        }
        catch
        {
            _connection?.Dispose();
            database.Dispose();
            throw;
        }
    }

    public AccessPath<TRow> Path { get; }
    public LabDatabase Database { get; }
    public PreparedQuery<TRow> Query { get; }

    /// <summary>SQLite's plan for the statement (parameter values do not change it: the lab never runs ANALYZE).</summary>
    public string DescribePlan() => QueryPlan.Describe(_connection, Path.Sql,
        [.. new[] { IndexQueries.KeyParameter, IndexQueries.FromParameter, IndexQueries.ToParameter }
            .Where(name => Path.Sql.Contains(name, StringComparison.Ordinal))
            .Select(name => (name, (object?)null))]);

    public long MeasureFileSize() => Database.MeasureFileSize();

    public void Dispose()
    {
        Query.Dispose();
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
