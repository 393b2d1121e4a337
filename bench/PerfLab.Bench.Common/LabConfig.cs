using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace PerfLab.Bench.Common;

/// <summary>
/// The one configuration every suite runs with. A class may set its own warm-up (<c>[WarmupCount(n)]</c>), a method
/// its own (<see cref="MethodWarmupCountAttribute"/>), where its measured time to steady state differs from the
/// profile's default (see results-profile.md).
/// </summary>
public static class LabConfig
{
    /// <param name="engine">The one engine the run measures (<c>--engine</c>), recorded in the export; null for every engine.</param>
    /// <param name="part">The part of the suite the run measures (<c>--part</c>), recorded in the export; null for every comparison.</param>
    public static IConfig Create(string suite, LabProfile profile, LabRound round, string? engine = null, string? part = null)
    {
        var orderer = new RoundOrderer(round.Seed);
        var config = ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
            .AddColumnProvider(LabMetrics.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub, new LabJsonExporter(suite, profile, round, orderer, engine, part))
            .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            // Each category is one comparison with its own baseline row.
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)
            .WithOrderer(orderer)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOptions(ConfigOptions.DisableLogFile)
            // The stock two minutes to build each benchmark's process runs out on a loaded two-core machine.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        return profile.Job is { } job ? config.AddJob(job.AsDefault()) : config;
    }
}
