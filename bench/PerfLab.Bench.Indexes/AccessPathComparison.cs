namespace PerfLab.Bench.Indexes;

/// <summary>
/// The base of every read comparison, on either engine: each technique names its access path in its own
/// <c>[GlobalSetup(Target = ...)]</c>, which opens that path only (a million-row SQLite variant is ~150 MB: opening every
/// variant for every case would copy them all), and reads through <see cref="Query"/> with <see cref="Keys"/>. A
/// comparison both engines answer lists its techniques once (<see cref="PointLookupByEmailBenchmark{TPath}"/>,
/// <see cref="RangeByEmailBenchmark{TPath}"/>); each engine's class gives its paths and its <see cref="Case"/>. Every row
/// calls its statement through <see cref="IAccessPathQuery{TRow}"/>: one interface call per query, the same in every
/// row of a comparison, beside a B-tree search of microseconds.
/// </summary>
public abstract class AccessPathComparison<TRow, TKey> : ILabMetricSource where TRow : class
{
    protected IAccessPathQuery<TRow> Query { get; private set; } = null!;

    protected KeyCycle<TKey> Keys { get; private set; } = null!;

    /// <summary>The access path this process measures (null before its setup): tests check two rows run the same SQL.</summary>
    public object? Path => Case.Path;

    /// <summary>The engine's side of the case: the path's database and its metrics.</summary>
    protected abstract IAccessPathCase Case { get; }

    [GlobalCleanup]
    public void CloseDatabase() => Case.Close();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Case.Metrics();

    /// <summary>Reads the opened path's query with its keys in turn.</summary>
    protected void Use(OpenPath<TRow, TKey> path)
    {
        Query = path.Query;
        Keys = new KeyCycle<TKey>(path.Keys);
    }
}
