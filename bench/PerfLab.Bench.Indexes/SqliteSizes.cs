namespace PerfLab.Bench.Indexes;

/// <summary>
/// The table sizes of SQLite's read comparisons (their <c>Rows</c> parameter). 10,000: fits in SQLite's default 2 MB
/// page cache. 1,000,000: ~150 MB, far beyond the page cache: how each path's cost grows with the table. The middle size
/// (100,000) was cut to fit protocol v2's budget (a suite's run of 5 rounds within 15 minutes); the two ends keep the
/// "fits in cache / does not" contrast.
/// </summary>
public static class SqliteSizes
{
    public const int InCache = 10_000;
    public const int BeyondCache = 1_000_000;
}
