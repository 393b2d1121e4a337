namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// The same insert into heaps whose only index is the primary key: a UUIDv7 (baseline; a timestamp first, so new
/// keys go to the B-tree's right edge, as a sequence's do), a random UUIDv4 (new keys land on leaf pages all over the
/// B-tree, splitting them, and each page first touched since the checkpoint is logged whole), and a bigint sequence
/// (in order, half the key width). The heap takes rows in arrival order whatever the key.
/// </summary>
// One insert per iteration, measured at 40 (results-profile.md, "Indexes on PostgreSQL"): settled within 10-25.
[WarmupCount(30)]
[BenchmarkCategory(Categories.Indexes.InsertPrimaryKeyOrder)]
public class PostgresInsertPrimaryKeyOrderBenchmarks : IndexInsertComparison
{
    private readonly PostgresInsertCase _case = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.InsertPrimaryKeyOrder);

    protected override IIndexInsertCase Case => _case;

    [GlobalSetup(Target = nameof(UuidV7Key))]
    public void UseUuidV7() => _case.Use(PostgresInsertTable.UuidV7Key);

    [GlobalSetup(Target = nameof(UuidV4Key))]
    public void UseUuidV4() => _case.Use(PostgresInsertTable.UuidV4Key);

    [GlobalSetup(Target = nameof(BigintKey))]
    public void UseBigint() => _case.Use(PostgresInsertTable.NoSecondaryIndex);

    [Benchmark(Baseline = true)]
    public int UuidV7Key() => Insert();

    [Benchmark]
    public int UuidV4Key() => Insert();

    [Benchmark]
    public int BigintKey() => Insert();
}
