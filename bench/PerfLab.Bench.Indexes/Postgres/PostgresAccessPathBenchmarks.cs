namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>The base of PostgreSQL's read comparisons of its own: <see cref="AccessPathComparison{TRow, TKey}"/> on the suite's data set.</summary>
public abstract class PostgresAccessPathBenchmarks<TRow, TKey> : AccessPathComparison<TRow, TKey> where TRow : class where TKey : notnull
{
    private readonly PostgresAccessPathCase<TRow> _case = new();

    protected override IAccessPathCase Case => _case;

    protected void Open(PostgresAccessPath<TRow> path, Func<CustomerKeySample, TKey[]> keys) => Use(_case.Open(path, keys));
}
