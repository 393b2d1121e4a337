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
        Assert.Null(job.Infrastructure.Toolchain);
        Assert.Equal(1, job.Run.LaunchCount);
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
