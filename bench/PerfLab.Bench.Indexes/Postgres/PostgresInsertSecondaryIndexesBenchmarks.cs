namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// <see cref="InsertSecondaryIndexesBenchmark{TTable}"/> on PostgreSQL, same method names: a heap with a bigint primary
/// key and 0, 1, 3 and 5 secondary indexes. Each index is one more B-tree to update, and to log, per row.
/// </summary>
// One insert per iteration, measured at 40 (results-profile.md, "Indexes on PostgreSQL"): settled within 10-25.
[WarmupCount(30)]
[BenchmarkCategory(Categories.Indexes.InsertSecondaryIndexes)]
public class PostgresInsertSecondaryIndexesBenchmarks : InsertSecondaryIndexesBenchmark<PostgresInsertTable>
{
    private readonly PostgresInsertCase _case = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.InsertSecondaryIndexes);

    protected override IIndexInsertCase Case => _case;

    protected override (PostgresInsertTable None, PostgresInsertTable One, PostgresInsertTable Three, PostgresInsertTable Five) Tables =>
        (PostgresInsertTable.NoSecondaryIndex, PostgresInsertTable.OneSecondaryIndex, PostgresInsertTable.ThreeSecondaryIndexes, PostgresInsertTable.FiveSecondaryIndexes);

    protected override void Use(PostgresInsertTable table) => _case.Use(table);
}
