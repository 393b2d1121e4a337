namespace PerfLab.Bench.Indexes;

/// <summary>The base of SQLite's read comparisons of its own: <see cref="AccessPathComparison{TRow, TKey}"/> at each of <see cref="SqliteSizes"/>.</summary>
public abstract class AccessPathBenchmarks<TRow, TKey> : AccessPathComparison<TRow, TKey> where TRow : class
{
    private readonly SqliteAccessPathCase<TRow> _case = new();

    [Params(SqliteSizes.InCache, SqliteSizes.BeyondCache)]
    public int Rows { get; set; }

    protected override IAccessPathCase Case => _case;

    protected void Open(AccessPath<TRow> path, Func<CustomerKeySample, TKey[]> keys) => Use(_case.Open(path, Rows, keys));
}
