using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace PerfLab.Bench.Common;

/// <summary>The job of the <c>results</c> profile (protocol v2). Why each setting: see the remarks beside it.</summary>
public static class ResultsJob
{
    public const string Description = "TBD";

    public static Job Create() =>
        Job.Default
            .WithLaunchCount(1)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithMinWarmupCount(20)
            .WithMaxWarmupCount(50)
            .WithIterationCount(10)
            .WithEvaluateOverhead(false)
            .WithId("LabResults");
}
