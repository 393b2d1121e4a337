namespace PerfLab.Bench.Orm;

/// <summary>
/// The base of every ORM benchmark class, on either engine. A comparison lists its techniques once, in a generic base
/// over the scenario's techniques written once in src/ (<see cref="CustomerByIdBenchmark{TAdo, TCommand, TRow}"/> and
/// its siblings); each engine's class adds its database (<see cref="SqliteOrmDatabase"/>,
/// <see cref="Postgres.PostgresOrmDatabase"/>), its parameters, the rows only its engine has, and the warm-up counts
/// measured on its engine. Baselines: hand-coded ADO.NET in every read category, a new command per call exactly as
/// Dapper's own performance suite writes its "hand coded" row, so the ratios read as "cost over writing the data access
/// yourself"; rows named StatementReuse prepare once and only bind, and show what reusing a statement saves, below 1.
/// The write categories keep a statement prepared in one transaction as the baseline: that is how hand-written bulk
/// writes are done.
/// </summary>
public abstract class OrmBenchmark
{
    /// <summary>Customers in the database (orders = 4×, order lines ≈ 16×, products = Scale / 10).</summary>
    public abstract int Scale { get; set; }

    [GlobalSetup]
    public void GlobalSetup() => Setup();

    [GlobalCleanup]
    public void GlobalCleanup() => Cleanup();

    /// <summary>Opens the engine's database at <see cref="Scale"/> and creates the scenario over it.</summary>
    protected abstract void Setup();

    /// <summary>Disposes the scenario, then the database.</summary>
    protected abstract void Cleanup();
}

/// <summary>
/// <see cref="OrmBenchmark"/> over one scenario, <typeparamref name="TScenario"/>: the engine's class opens its database
/// and creates the scenario (<see cref="Open"/>); the comparison's base reads it through <see cref="Scenario"/>.
/// </summary>
public abstract class OrmBenchmark<TScenario> : OrmBenchmark where TScenario : OrmScenario
{
    protected TScenario Scenario { get; private set; } = null!;

    protected sealed override void Setup()
    {
        Scenario = Open();
        Prepare();
    }

    protected sealed override void Cleanup()
    {
        (Scenario as IDisposable)?.Dispose();
        Close();
    }

    /// <summary>Opens the engine's database at <see cref="OrmBenchmark.Scale"/> and returns the scenario over it.</summary>
    protected abstract TScenario Open();

    /// <summary>Disposes the engine's database.</summary>
    protected abstract void Close();

    /// <summary>What the comparison draws once the scenario exists (its keys), if anything.</summary>
    protected virtual void Prepare() { }
}
