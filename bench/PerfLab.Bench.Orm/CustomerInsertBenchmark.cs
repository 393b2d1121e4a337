namespace PerfLab.Bench.Orm;

/// <summary>
/// Inserting 1,000 customers, on either engine, against the engine's prepared statement in one transaction (its
/// class's baseline). Each invocation must start from the built database, so the inserted rows are deleted in
/// [IterationSetup]; BenchmarkDotNet runs that setup once per iteration, hence one invocation per iteration
/// ([InvocationCount(1)] on each class). 1,000 rows take milliseconds, long enough for a single invocation to be timed
/// reliably.
/// </summary>
public abstract class CustomerInsertBenchmark<TScenario> : OrmBenchmark<TScenario> where TScenario : CustomerInsertTechniques
{
    [IterationSetup]
    public void DeleteInsertedRows() => Scenario.Reset();

    [Benchmark, HandWrittenWarmup]
    public int Insert_DapperExecuteTransaction() => Scenario.DapperExecuteTransaction();

    [Benchmark]
    public int Insert_EfSaveChanges() => Scenario.EfSaveChanges();
}
