using System.Globalization;

namespace PerfLab.Bench.Indexes;

/// <summary>
/// SQLite's side of a read case: a private copy of the path's variant at the case's size, and what the case reports:
/// the file size, the plan SQLite chose and the connection's settings (page-cache size among them), so the output shows
/// which path each row really took and how much of the file the cache could hold.
/// </summary>
public sealed class SqliteAccessPathCase<TRow> : IAccessPathCase where TRow : class
{
    private AccessPathDatabase<TRow>? _database;
    private AccessPath<TRow>? _path;

    public object? Path => _path;

    /// <summary>Opens a copy of <paramref name="path"/>'s variant holding <paramref name="rows"/> rows and returns its prepared query.</summary>
    public PreparedQuery<TRow> Open(AccessPath<TRow> path, int rows)
    {
        Close();
        _path = path;
        _database = path.Open(rows);
        return _database.Query;
    }

    /// <summary>Opens <paramref name="path"/> holding <paramref name="rows"/> rows, with the keys <paramref name="keys"/> picks from that size's sample.</summary>
    public OpenPath<TRow, TKey> Open<TKey>(AccessPath<TRow> path, int rows, Func<CustomerKeySample, TKey[]> keys) =>
        new(Open(path, rows), keys(CustomerKeySample.For(rows)));

    public IReadOnlyDictionary<string, string> Metrics()
    {
        var database = _database ?? throw new InvalidOperationException("no access path is open");
        return new Dictionary<string, string>
        {
            ["FileBytes"] = database.MeasureFileSize().ToString(CultureInfo.InvariantCulture),
            ["QueryPlan"] = database.Plan,
            [SqliteSettings.MetricName] = database.Settings.ToString(),
        };
    }

    public void Close()
    {
        _database?.Dispose();
        _database = null;
    }
}
