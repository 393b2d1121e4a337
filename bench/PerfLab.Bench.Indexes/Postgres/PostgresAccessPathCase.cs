using System.Globalization;

namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// PostgreSQL's side of a read case: the path's prepared statement on a private copy of the suite's template
/// (<see cref="PostgresIndexCopy"/>), and what the case reports: the plan the statement runs with, the shared buffers one
/// execution hits and reads, the variant's heap and index sizes (all its indexes, and the one the plan reads), and the
/// server's settings.
/// </summary>
public sealed class PostgresAccessPathCase<TRow> : IAccessPathCase where TRow : class
{
    private readonly PostgresIndexCopy _copy = new();
    private PostgresAccessPathDatabase<TRow>? _path;

    public object? Path => _path?.Path;

    /// <summary>Opens <paramref name="path"/>'s statement, its plan explained with the first key the case reads.</summary>
    public PostgresAccessPathDatabase<TRow> Open<TKey>(PostgresAccessPath<TRow> path, TKey[] keys) where TKey : notnull
    {
        ClosePath();
        object[] planParameters = keys[0] is ValueTuple<object, object> range ? [range.Item1, range.Item2] : [keys[0]];
        return _path = path.Open(_copy.ConnectionString, planParameters);
    }

    /// <summary>Opens <paramref name="path"/> with the keys <paramref name="keys"/> picks from the suite's data set's sample.</summary>
    public OpenPath<TRow, TKey> Open<TKey>(PostgresAccessPath<TRow> path, Func<CustomerKeySample, TKey[]> keys) where TKey : notnull
    {
        var chosen = keys(CustomerKeySample.For(PostgresIndexDatabase.Scale));
        return new(Open(path, chosen), chosen);
    }

    public IReadOnlyDictionary<string, string> Metrics()
    {
        var path = _path ?? throw new InvalidOperationException("no access path is open");
        var (table, indexes, planIndex) = path.MeasureSizes();
        return new Dictionary<string, string>
        {
            ["QueryPlan"] = path.Plan.Describe(),
            ["SharedBuffersHit"] = path.Plan.SharedBuffersHit.ToString(CultureInfo.InvariantCulture),
            ["SharedBuffersRead"] = path.Plan.SharedBuffersRead.ToString(CultureInfo.InvariantCulture),
            ["TableBytes"] = table.ToString(CultureInfo.InvariantCulture),
            ["IndexesBytes"] = indexes.ToString(CultureInfo.InvariantCulture),
            ["PlanIndexBytes"] = planIndex.ToString(CultureInfo.InvariantCulture),
            [PostgresSettings.MetricName] = path.DescribeSettings(),
        };
    }

    /// <summary>Closes the statement, then drops the database.</summary>
    public void Close()
    {
        ClosePath();
        _copy.Dispose();
    }

    private void ClosePath()
    {
        _path?.Dispose();
        _path = null;
    }
}
