namespace PerfLab.Bench.Indexes;

/// <summary>
/// The cost of each extra index on writes: the same insert into a rowid table with 0, 1 (email), 3 (+ country/city,
/// signup date) and 5 (+ external GUID, name) secondary indexes. Every index is one more B-tree to update per row.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): one call per iteration, flat after about 10.
[WarmupCount(15)]
[BenchmarkCategory(Categories.Indexes.InsertSecondaryIndexes)]
public class InsertSecondaryIndexNoCheckpointBenchmarks : CustomerInsertBenchmarks
{
    [GlobalSetup(Target = nameof(NoSecondaryIndex))]
    public void UseNoIndex() => Use(CustomerTableVariant.RowidPrimaryKey);

    [GlobalSetup(Target = nameof(OneSecondaryIndex))]
    public void UseOneIndex() => Use(CustomerTableVariant.EmailSecondaryIndex);

    [GlobalSetup(Target = nameof(ThreeSecondaryIndexes))]
    public void UseThreeIndexes() => Use(CustomerTableVariant.ThreeSecondaryIndexes);

    [GlobalSetup(Target = nameof(FiveSecondaryIndexes))]
    public void UseFiveIndexes() => Use(CustomerTableVariant.FiveSecondaryIndexes);

    [Benchmark(Baseline = true)]
    public int NoSecondaryIndex() => Insert();

    [Benchmark]
    public int OneSecondaryIndex() => Insert();

    [Benchmark]
    public int ThreeSecondaryIndexes() => Insert();

    [Benchmark]
    public int FiveSecondaryIndexes() => Insert();
}
