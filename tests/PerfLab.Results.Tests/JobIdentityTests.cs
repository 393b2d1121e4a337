using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Results.Tests;

/// <summary>Warm-up counts sized per method do not split a comparison into jobs, nor rename its techniques.</summary>
public sealed class JobIdentityTests
{
    private const string Job = "LabResults(EvaluateOverhead=False, IterationCount=10, IterationTime=100ms, LaunchCount=1, UnrollFactor=1, WarmupCount={0})";

    [Theory]
    [InlineData("LabResults(EvaluateOverhead=False, IterationCount=10, LaunchCount=1, WarmupCount=10)", "LabResults(EvaluateOverhead=False, IterationCount=10, LaunchCount=1)")]
    [InlineData("Job-ABC(WarmupCount=5, IterationCount=3)", "Job-ABC(IterationCount=3)")]
    [InlineData("Job-ABC(IterationCount=3, WarmupCount=5, LaunchCount=1)", "Job-ABC(IterationCount=3, LaunchCount=1)")]
    [InlineData("ShortRun(IterationCount=3, LaunchCount=1)", "ShortRun(IterationCount=3, LaunchCount=1)")]
    [InlineData("Job-X(MinWarmupCount=2)", "Job-X(MinWarmupCount=2)")]
    [InlineData("LabResults(Toolchain=PerfLabReusedBuild, EvaluateOverhead=False, WarmupCount=40)", "LabResults(EvaluateOverhead=False)")]
    [InlineData("LabResults(EvaluateOverhead=False, Toolchain=PerfLabReusedBuild, IterationCount=10)", "LabResults(EvaluateOverhead=False, IterationCount=10)")]
    [InlineData("Job-Y(Toolchain=InProcessEmitToolchain, IterationCount=1)", "Job-Y(Toolchain=InProcessEmitToolchain, IterationCount=1)")]
    [InlineData("LabResults(EvaluateOverhead=False, EngineFactory=PerfLab.Bench.Common.WarmPilotEngineFactory, Toolchain=PerfLabReusedBuild, IterationCount=10)", "LabResults(EvaluateOverhead=False, IterationCount=10)")]
    [InlineData("Job-Z(EngineFactory=Other.Factory, IterationCount=1)", "Job-Z(EngineFactory=Other.Factory, IterationCount=1)")]
    public void The_identity_leaves_out_only_the_warm_up_count_the_build_reusing_toolchain_and_the_warm_pilot(string job, string identity) =>
        Assert.Equal(identity, Result("M", job).JobIdentity);

    [Fact]
    public void Rows_warmed_up_differently_are_one_job_with_plain_technique_names()
    {
        var slow = Result("ById_EfLinq", string.Format(Job, 50));
        var quick = Result("ById_Dapper", string.Format(Job, 10));
        var other = Result("ById_Ado", "ShortRun(IterationCount=3)");
        var comparison = Comparison(slow, quick);

        Assert.False(comparison.SpansJobs);
        Assert.Equal(["ById_EfLinq", "ById_Dapper"], comparison.Techniques);
        Assert.True(Comparison(slow, other).SpansJobs);
    }

    private static Comparison Comparison(params BenchmarkResult[] results)
    {
        var rows = results.Select(r => new Row(r, false, new Dictionary<int, double> { [1] = 1 }, 1, null, null, Steadiness.NotAssessed, 1)).ToArray();
        return new Comparison("C", "c", false, [new CaseGroup([], rows, null)], []);
    }

    private static BenchmarkResult Result(string method, string job) =>
        new($"N.T.{method}", $"T.{method}: {job}", "N", "T", method, method, [], null, null, null, null, null, []);
}
