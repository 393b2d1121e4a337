namespace PerfLab.Bench.Orm;

/// <summary>
/// Adding a bonus to 1,000 customers, on either engine, against the engine's hand-written UPDATE (its class's
/// baseline). The original points are written back in [IterationSetup] so every invocation updates the same values;
/// that setup runs once per iteration, hence [InvocationCount(1)] on each class (the only job setting it changes).
/// </summary>
public abstract class LoyaltyUpdateBenchmark<TScenario> : OrmBenchmark<TScenario> where TScenario : LoyaltyUpdateTechniques
{
    [IterationSetup]
    public void RestorePoints() => Scenario.Reset();

    [Benchmark]
    public int Update_EfExecuteUpdate() => Scenario.EfExecuteUpdate();

    [Benchmark]
    public int Update_EfLoadModifySave() => Scenario.EfLoadModifySave();
}
