namespace PerfLab.Bench.Indexes;

/// <summary>
/// The same insert into tables clustered on a key the new rows bring in order (the rowid: every row appends to the
/// last page) or in random order (email or GUID in a WITHOUT ROWID table: rows land on pages all over the tree,
/// which split when full). No secondary index anywhere, so the clustering key is the only difference.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): one call per iteration, flat after about 10.
[WarmupCount(15)]
[BenchmarkCategory(Categories.Indexes.InsertClusteredKeyOrder)]
public class InsertClusteredKeyOrderNoCheckpointBenchmarks : IndexInsertComparison
{
    private readonly SqliteInsertCase _case = new();

    protected override IIndexInsertCase Case => _case;

    [GlobalSetup(Target = nameof(SequentialRowid))]
    public void UseRowid() => _case.Use(CustomerTableVariant.RowidPrimaryKey);

    [GlobalSetup(Target = nameof(RandomEmailClustered))]
    public void UseEmailClustered() => _case.Use(CustomerTableVariant.EmailClustered);

    [GlobalSetup(Target = nameof(RandomGuidClustered))]
    public void UseGuidClustered() => _case.Use(CustomerTableVariant.GuidClustered);

    [Benchmark(Baseline = true)]
    public int SequentialRowid() => Insert();

    [Benchmark]
    public int RandomEmailClustered() => Insert();

    [Benchmark]
    public int RandomGuidClustered() => Insert();
}
