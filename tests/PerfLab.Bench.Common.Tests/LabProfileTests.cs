using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

public sealed class LabProfileTests
{
    [Fact]
    public void Quick_is_the_dry_job_in_process()
    {
        var job = LabProfile.Quick.Job!;
        Assert.Equal(1, job.Run.IterationCount);
        Assert.True(job.Infrastructure.Toolchain!.IsInProcess);
    }

    [Fact]
    public void Results_runs_each_case_in_its_own_process_once_per_round()
    {
        var job = LabProfile.Results.Job!;
        // Out of process: BenchmarkDotNet's own .NET toolchain, its build reused between rounds.
        Assert.Same(ReusedBuildToolchain.Instance, job.Infrastructure.Toolchain);
        Assert.False(job.Infrastructure.Toolchain!.IsInProcess);
        Assert.Equal(1, job.Run.LaunchCount);
    }

    [Fact]
    public void Results_always_runs_the_pilot_and_a_fixed_warm_up_and_sample()
    {
        var run = LabProfile.Results.Job!.Run;
        // An explicit unroll factor keeps BenchmarkDotNet from measuring a slow first call's case once per iteration.
        Assert.Equal(1, run.UnrollFactor);
        Assert.False(run.HasValue(BenchmarkDotNet.Jobs.RunMode.InvocationCountCharacteristic));
        Assert.Equal(ResultsJob.WarmupCount, run.WarmupCount);
        Assert.Equal(ResultsJob.IterationCount, run.IterationCount);
    }

    [Fact]
    public void A_class_measured_to_settle_sooner_lowers_its_own_warm_up()
    {
        var config = LabConfig.Create("tests", LabProfile.Results, LabRound.Single());

        var quickToWarm = BenchmarkConverter.TypeToBenchmarks(typeof(QuickToWarm), config).BenchmarksCases.Single();
        var other = BenchmarkConverter.TypeToBenchmarks(typeof(OrderProbes.ProbeB), config).BenchmarksCases.First();

        Assert.Equal(5, quickToWarm.Job.Run.WarmupCount);
        Assert.Equal(ResultsJob.WarmupCount, other.Job.Run.WarmupCount);
        Assert.Equal(ResultsJob.IterationCount, quickToWarm.Job.Run.IterationCount);
    }

    [WarmupCount(5)]
    public class QuickToWarm
    {
        [Benchmark]
        public int Constant() => 42;
    }

    [Fact]
    public void A_method_measured_to_settle_sooner_lowers_its_own_warm_up_in_its_class()
    {
        var config = LabConfig.Create("tests", LabProfile.Results, LabRound.Single());

        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(MixedWarmUp), config).BenchmarksCases;
        var slow = cases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(MixedWarmUp.SlowToWarm));
        var quick = cases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(MixedWarmUp.QuickToWarm));

        Assert.Equal(50, slow.Job.Run.WarmupCount);
        Assert.Equal(10, quick.Job.Run.WarmupCount);
        // Everything else about the job is the profile's: one launch, the same measured iterations, unroll 1.
        Assert.Equal(ResultsJob.IterationCount, quick.Job.Run.IterationCount);
        Assert.Equal(1, quick.Job.Run.UnrollFactor);
        Assert.Equal(1, quick.Job.Run.LaunchCount);
        Assert.Equal(slow.Descriptor.Categories, quick.Descriptor.Categories);
    }

    [WarmupCount(50)]
    [BenchmarkCategory("tests.Mixed")]
    public class MixedWarmUp
    {
        [Benchmark(Baseline = true)]
        public int SlowToWarm() => 42;

        [Benchmark, MethodWarmupCount(10)]
        public int QuickToWarm() => 43;
    }

    [Fact]
    public void A_hand_written_row_warms_up_for_its_class_count_exactly_as_a_method_count_would_set_it()
    {
        var config = LabConfig.Create("tests", LabProfile.Results, LabRound.Single());
        var byMethod = BenchmarkConverter.TypeToBenchmarks(typeof(MixedWarmUp), config).BenchmarksCases;
        var byClass = BenchmarkConverter.TypeToBenchmarks(typeof(HandWrittenWarmUp), config).BenchmarksCases
            .Select(HandWrittenWarmupCountAttribute.Resolve).ToArray();

        foreach (var name in new[] { nameof(MixedWarmUp.SlowToWarm), nameof(MixedWarmUp.QuickToWarm) })
        {
            var expected = byMethod.Single(c => c.Descriptor.WorkloadMethod.Name == name);
            var actual = byClass.Single(c => c.Descriptor.WorkloadMethod.Name == name);
            // The same job, as the export records it: characteristics, ID and display.
            Assert.Equal(expected.Job.Run.WarmupCount, actual.Job.Run.WarmupCount);
            Assert.Equal(expected.Job.ResolvedId, actual.Job.ResolvedId);
            Assert.Equal(expected.Job.DisplayInfo, actual.Job.DisplayInfo);
            Assert.Equal(expected.DisplayInfo.Replace(nameof(MixedWarmUp), nameof(HandWrittenWarmUp), StringComparison.Ordinal), actual.DisplayInfo);
        }
    }

    [Fact]
    public void A_hand_written_row_in_a_class_without_a_count_is_a_declaration_error()
    {
        var config = LabConfig.Create("tests", LabProfile.Results, LabRound.Single());
        var row = BenchmarkConverter.TypeToBenchmarks(typeof(HandWrittenWithoutCount), config).BenchmarksCases.Single();

        var error = Assert.Throws<InvalidOperationException>(() => HandWrittenWarmupCountAttribute.Resolve(row));
        Assert.Contains(nameof(HandWrittenWithoutCount), error.Message, StringComparison.Ordinal);
    }

    [WarmupCount(50), HandWrittenWarmupCount(10)]
    [BenchmarkCategory("tests.Mixed")]
    public class HandWrittenWarmUp
    {
        [Benchmark(Baseline = true)]
        public int SlowToWarm() => 42;

        [Benchmark, HandWrittenWarmup]
        public int QuickToWarm() => 43;
    }

    public class HandWrittenWithoutCount
    {
        [Benchmark, HandWrittenWarmup]
        public int Constant() => 42;
    }

    [Fact]
    public void Lab_config_exports_full_json_and_markdown()
    {
        var config = LabConfig.Create("orm", LabProfile.Quick, LabRound.Single());
        var exporters = config.GetExporters().Select(e => e.Name).ToArray();

        Assert.Contains(exporters, name => name.Contains("-full", StringComparison.Ordinal));
        Assert.Contains(exporters, name => name.Contains("github", StringComparison.OrdinalIgnoreCase));
        Assert.Single(config.GetJobs());
    }
}
