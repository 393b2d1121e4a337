namespace PerfLab.Bench.Indexes;

/// <summary>
/// The cost of each extra index on writes, on either engine: the same insert into a table with 0, 1 (email), 3
/// (+ country/city, signup date) and 5 (+ external GUID, name) secondary indexes. Every index is one more B-tree to
/// update per row.
/// </summary>
public abstract class InsertSecondaryIndexesBenchmark<TTable> : IndexInsertComparison
{
    [GlobalSetup(Target = nameof(NoSecondaryIndex))]
    public void UseNoIndex() => Use(Tables.None);

    [GlobalSetup(Target = nameof(OneSecondaryIndex))]
    public void UseOneIndex() => Use(Tables.One);

    [GlobalSetup(Target = nameof(ThreeSecondaryIndexes))]
    public void UseThreeIndexes() => Use(Tables.Three);

    [GlobalSetup(Target = nameof(FiveSecondaryIndexes))]
    public void UseFiveIndexes() => Use(Tables.Five);

    [Benchmark(Baseline = true)]
    public int NoSecondaryIndex() => Insert();

    [Benchmark]
    public int OneSecondaryIndex() => Insert();

    [Benchmark]
    public int ThreeSecondaryIndexes() => Insert();

    [Benchmark]
    public int FiveSecondaryIndexes() => Insert();

    /// <summary>The engine's tables with 0, 1, 3 and 5 secondary indexes.</summary>
    protected abstract (TTable None, TTable One, TTable Three, TTable Five) Tables { get; }

    /// <summary>Inserts into <paramref name="table"/> on the engine.</summary>
    protected abstract void Use(TTable table);
}
