using BenchmarkDotNet.Jobs;
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
    public void Default_measures_enough_iterations_to_compare_runs()
    {
        Assert.True(LabProfile.Default.Job!.Run.IterationCount >= 15);
    }

    [Fact]
    public void Lab_config_exports_full_json_and_markdown()
    {
        var config = LabConfig.Create(Suites.Orm, LabProfile.Quick);
        var exporters = config.GetExporters().Select(e => e.Name).ToArray();

        Assert.Contains(exporters, name => name.Contains("-full", StringComparison.Ordinal));
        Assert.Contains(exporters, name => name.Contains("github", StringComparison.OrdinalIgnoreCase));
        Assert.Single(config.GetJobs());
    }
}
