namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// PostgreSQL's rows of <see cref="InsertSecondaryIndexNoCheckpointBenchmarks"/>, same method names: the same insert
/// into a heap with a bigint primary key and 0, 1 (email), 3 (+ country/city, signup date) and 5 (+ external GUID,
/// name) secondary indexes. Each index is one more B-tree to update, and to log, per row.
/// </summary>
// One insert per iteration, measured at 40 (results-profile.md, "Indexes on PostgreSQL"): settled within 10-25.
[WarmupCount(30)]
[BenchmarkCategory(Categories.Indexes.InsertSecondaryIndexes)]
public class PostgresInsertSecondaryIndexesBenchmarks : PostgresCustomerInsertBenchmarks
{
    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.InsertSecondaryIndexes);

    [GlobalSetup(Target = nameof(NoSecondaryIndex))]
    public void UseNoIndex() => Use(PostgresInsertTable.NoSecondaryIndex);

    [GlobalSetup(Target = nameof(OneSecondaryIndex))]
    public void UseOneIndex() => Use(PostgresInsertTable.OneSecondaryIndex);

    [GlobalSetup(Target = nameof(ThreeSecondaryIndexes))]
    public void UseThreeIndexes() => Use(PostgresInsertTable.ThreeSecondaryIndexes);

    [GlobalSetup(Target = nameof(FiveSecondaryIndexes))]
    public void UseFiveIndexes() => Use(PostgresInsertTable.FiveSecondaryIndexes);

    [Benchmark(Baseline = true)]
    public int NoSecondaryIndex() => Insert();

    [Benchmark]
    public int OneSecondaryIndex() => Insert();

    [Benchmark]
    public int ThreeSecondaryIndexes() => Insert();

    [Benchmark]
    public int FiveSecondaryIndexes() => Insert();
}
