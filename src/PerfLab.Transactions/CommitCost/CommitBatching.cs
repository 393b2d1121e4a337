namespace PerfLab.Transactions.CommitCost;

/// <summary>
/// The commit-cost comparison's plan: how many of the 10,000 rows each batch size inserts per measured call. One
/// place for the numbers the benchmarks' <c>OperationsPerInvoke</c> and the tests read.
/// </summary>
/// <remarks>
/// The issue asks for 10,000 rows at 1, 10, 100 and 1,000 rows per transaction. At one row per transaction that is
/// 10,000 commits, each waiting for one to three fsyncs under synchronous=FULL (about 5 s per call here in
/// journal_mode=DELETE), which the suite's budget cannot repeat 25 times per case. The small batches therefore insert
/// a prefix of the same rows: 100 rows at 1 per transaction and 1,000 rows at 10 per transaction (100 commits each),
/// 10,000 rows at 100 and 1,000 per transaction; every row reports time per inserted row, so the rows compare.
/// </remarks>
public static class CommitBatching
{
    /// <summary>The rows: every case inserts a prefix of these.</summary>
    public const int TotalRows = 10_000;

    public const int RowsPerCallAtEveryRow = 100;
    public const int RowsPerCallAtEvery10Rows = 1_000;
    public const int RowsPerCallAtEvery100Rows = TotalRows;
    public const int RowsPerCallAtEvery1000Rows = TotalRows;

    /// <summary>The batch sizes the comparison measures.</summary>
    public static IReadOnlyList<int> RowsPerTransaction { get; } = [1, 10, 100, 1_000];

    /// <summary>Rows one measured call inserts at a batch size.</summary>
    public static int RowsPerCall(int rowsPerTransaction) => rowsPerTransaction switch
    {
        1 => RowsPerCallAtEveryRow,
        10 => RowsPerCallAtEvery10Rows,
        100 => RowsPerCallAtEvery100Rows,
        1_000 => RowsPerCallAtEvery1000Rows,
        _ => throw new ArgumentOutOfRangeException(nameof(rowsPerTransaction), rowsPerTransaction, "not a measured batch size"),
    };

    /// <summary>Commits one measured call makes at a batch size.</summary>
    public static int CommitsPerCall(int rowsPerTransaction) => RowsPerCall(rowsPerTransaction) / rowsPerTransaction;
}
