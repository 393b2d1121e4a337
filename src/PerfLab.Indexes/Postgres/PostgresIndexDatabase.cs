using PerfLab.Data.Servers;

namespace PerfLab.Indexes.Postgres;

/// <summary>
/// The suite's PostgreSQL database: a private copy of one template per server holding the commerce data set and every
/// variant (<see cref="PostgresIndexVariant"/>, <see cref="PostgresInsertTable"/>), built once, so a benchmark
/// process only copies it.
/// </summary>
public static class PostgresIndexDatabase
{
    /// <summary>
    /// Customers in the benchmarks' data set (200,000 orders). Large enough that the effects are real: a 1,000-row
    /// time window is 0.5% of the orders, so in id order its rows sit on most of the heap's ~2,000 pages while the
    /// clustered heap holds them on about ten, and BRIN's 128-page ranges are a small part of the table; a scan by email
    /// reads 50,000 rows. Small enough that the template (load, checksum, copies, CLUSTER, VACUUM) builds in well under
    /// 20 seconds, once per round, and every case copies it quickly. Everything fits in shared_buffers (256 MB): the
    /// comparisons measure pages touched and work per row, not disk reads.
    /// </summary>
    public const int Scale = 50_000;

    /// <summary>
    /// What the template adds to the commerce data: the variants, the empty insert tables, then VACUUM ANALYZE (planner
    /// statistics, and the visibility map an Index Only Scan needs). The order lines are dropped: no comparison reads
    /// them, and they were most of every copy's bytes.
    /// </summary>
    public static IReadOnlyList<string> SetupStatements { get; } =
    [
        .. PostgresIndexVariant.All.SelectMany(v => v.SetupStatements),
        .. PostgresInsertTable.All.SelectMany(t => t.SetupStatements),
        """DROP TABLE public."OrderLines" """,
        "VACUUM ANALYZE",
    ];

    /// <summary>A private copy of the suite's template on the server named by <see cref="PostgresServer.ConnectionStringVariable"/> (the round's).</summary>
    public static PostgresLabDatabase Create(int scale = Scale) =>
        Create(Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"no PostgreSQL server: ${PostgresServer.ConnectionStringVariable} is not set (the suite's host sets it for the round)"), scale);

    /// <param name="connectionString">Any database of the server.</param>
    public static PostgresLabDatabase Create(string connectionString, int scale) =>
        PostgresLabDatabase.Create(connectionString, scale, setup: SetupStatements);
}
