using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace PerfLab.Bench.Common;

/// <summary>
/// The job of the <c>results</c> profile (protocol v2): one process per case per round, measured only once the case
/// has stopped getting faster. Warm-up is counted in iterations of about <see cref="IterationTime"/>, sized from
/// measured warm-up curves (results-profile.md): the default covers EF Core's queries, which need 20-40 iterations
/// (3-4 s of running) before tier 1 and dynamic PGO are done on this 2-core machine; a class measured to need less or
/// more sets its own with BenchmarkDotNet's <c>[WarmupCount(n)]</c>, a method with the lab's <c>[MethodWarmupCount(n)]</c>.
/// </summary>
public static class ResultsJob
{
    /// <summary>The pilot sizes each iteration to about this long.</summary>
    public static readonly TimeInterval IterationTime = TimeInterval.FromMilliseconds(100);

    /// <summary>Warm-up iterations unless the class sets its own.</summary>
    public const int WarmupCount = 40;

    /// <summary>Measured iterations: the round's value is their median; the report's trend check reads them in order.</summary>
    public const int IterationCount = 10;

    public const string Description =
        "Protocol v2: 1 process per case per round; 0.5 s of calls, then pilot-sized ~100 ms iterations (unroll 1); " +
        "40 warm-up iterations unless the class or method sets its own ([WarmupCount], [MethodWarmupCount]); 10 measured; no overhead evaluation.";

    public static Job Create() =>
        Job.Default
            // Repetition comes from rounds (a fresh process per case per round, in a fresh random order), not launches.
            .WithLaunchCount(1)
            .WithIterationTime(IterationTime)
            // An explicit unroll factor makes BenchmarkDotNet always run its pilot. Without it, a case whose first two
            // (cold, tier-0) calls each take more than IterationTime / 1.5 is run once per iteration for good
            // (EngineFactory's single-invocation shortcut): EF Core's NewContext read was measured that way, 20 calls
            // of a cold process. One invocation per loop pass costs under a nanosecond per call.
            .WithUnrollFactor(1)
            // Half a second of calls before the pilot, so it sizes iterations on warm code (WarmPilotEngineFactory).
            .WithEngineFactory(new WarmPilotEngineFactory())
            .WithWarmupCount(WarmupCount)
            .WithIterationCount(IterationCount)
            // The empty-call overhead is below 1 ns per call on tier-1 code (under 3% of the smallest case, the same
            // in every round, so ratios keep it), while evaluating it costs up to 30 extra iterations per case.
            .WithEvaluateOverhead(false)
            // A round reuses the previous round's build of the same code instead of spending 25 s rebuilding it.
            .WithToolchain(ReusedBuildToolchain.Instance)
            .WithId("LabResults");
}
