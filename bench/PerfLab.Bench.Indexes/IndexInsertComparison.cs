namespace PerfLab.Bench.Indexes;

/// <summary>
/// The base of every insert comparison, on either engine: each invocation inserts the same 10,000 new customers in one
/// transaction into the table its technique's <c>[GlobalSetup(Target = ...)]</c> chose. An insert changes the table it
/// measures, so each invocation needs its own starting state: <c>[IterationSetup]</c> restores it before every
/// iteration (not timed) and <c>[InvocationCount(1)]</c> makes each iteration exactly one insert (BenchmarkDotNet would
/// otherwise run many invocations after a single setup). One invocation takes tens of milliseconds, far above the
/// timer's resolution, so nothing is lost by not unrolling.
/// </summary>
[InvocationCount(1)]
public abstract class IndexInsertComparison : ILabMetricSource
{
    /// <summary>Rows inserted per invocation: enough that per-row index maintenance dominates the commit.</summary>
    public const int NewRows = 10_000;

    /// <summary>The engine's side of the case: its table, reset and metrics.</summary>
    protected abstract IIndexInsertCase Case { get; }

    [IterationSetup]
    public void BeforeIteration() => Case.BeforeIteration();

    [IterationCleanup]
    public void AfterIteration() => Case.AfterIteration();

    [GlobalCleanup]
    public void CloseDatabase() => Case.Close();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Case.Metrics();

    protected int Insert() => Case.Insert();
}
