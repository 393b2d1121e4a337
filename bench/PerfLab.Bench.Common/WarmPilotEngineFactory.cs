using System.Diagnostics;
using BenchmarkDotNet.Engines;
using Perfolizer.Horology;

namespace PerfLab.Bench.Common;

/// <summary>
/// The results job's engine factory: BenchmarkDotNet's own (global setup, one jitting call), then, for a case whose
/// invocation count the pilot will choose, <see cref="PrewarmTime"/> of calls before the pilot runs. BenchmarkDotNet's
/// pilot starts at 4 calls and stops once the count moves by at most 1, so when a cold process's first 4 calls together
/// take longer than the iteration time (EF Core's NewContext read: 15-25 ms each, compiling its query pipeline), it keeps
/// 4 calls an iteration for good. Then 40 warm-up iterations are 160 calls and well under a second: the case is measured
/// before tier 1 and dynamic PGO are done, flat (the trend check cannot see it) and 5-10× slower than in a round whose
/// cold calls were a little faster (results-profile.md, "The pilot on cold code"). Calls spent here run in BenchmarkDotNet's
/// jitting stage, so they are logged as jitting and never measured.
/// </summary>
public sealed class WarmPilotEngineFactory : IEngineFactory
{
    /// <summary>Five iterations' time: the NewContext read's slow calls were over within its first 10 (under 0.3 s).</summary>
    public static readonly TimeInterval PrewarmTime = TimeInterval.FromMilliseconds(500);

    public IEngine CreateReadyToRun(EngineParameters engineParameters)
    {
        var engine = new EngineFactory().CreateReadyToRun(engineParameters);
        // A case with a set invocation count (one call per iteration, a load run) has no pilot to mislead.
        if (engineParameters.HasInvocationCount || engine is not Engine measured) return engine;
        Prewarm(measured, engineParameters.UnrollFactor, engineParameters.IterationTime);
        return engine;
    }

    /// <summary>
    /// Runs batches of calls until <see cref="PrewarmTime"/> has passed, each batch twice the last while a batch takes
    /// under a quarter of <paramref name="iterationTime"/>: a slow call is run a few times, a fast one in batches long
    /// enough that the clock and the forced collections around a batch do not dominate it.
    /// </summary>
    private static void Prewarm(Engine engine, int unrollFactor, TimeInterval iterationTime)
    {
        var clock = Stopwatch.StartNew();
        var batch = (long)unrollFactor;
        for (var index = 2; clock.Elapsed.TotalMilliseconds < PrewarmTime.ToMilliseconds(); index++)
        {
            var measurement = engine.RunIteration(new IterationData(IterationMode.Workload, IterationStage.Jitting, index, batch, unrollFactor));
            if (measurement.Nanoseconds < iterationTime.Nanoseconds / 4) batch *= 2;
        }
    }
}
