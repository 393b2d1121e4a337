namespace PerfLab.Bench.Indexes;

/// <summary>
/// <see cref="InsertSecondaryIndexesBenchmark{TTable}"/> on SQLite: a rowid table with 0, 1, 3 and 5 secondary indexes,
/// no WAL checkpoint in the timed region.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): one call per iteration, flat after about 10.
[WarmupCount(15)]
[BenchmarkCategory(Categories.Indexes.InsertSecondaryIndexes)]
public class InsertSecondaryIndexNoCheckpointBenchmarks : InsertSecondaryIndexesBenchmark<CustomerTableVariant>
{
    private readonly SqliteInsertCase _case = new();

    protected override IIndexInsertCase Case => _case;

    protected override (CustomerTableVariant None, CustomerTableVariant One, CustomerTableVariant Three, CustomerTableVariant Five) Tables =>
        (CustomerTableVariant.RowidPrimaryKey, CustomerTableVariant.EmailSecondaryIndex, CustomerTableVariant.ThreeSecondaryIndexes, CustomerTableVariant.FiveSecondaryIndexes);

    protected override void Use(CustomerTableVariant table) => _case.Use(table);
}
