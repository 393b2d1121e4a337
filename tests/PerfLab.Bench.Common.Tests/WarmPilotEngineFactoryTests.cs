using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

/// <summary>
/// A case whose first calls are slow (as EF Core's first queries in a process) must not be measured with iterations
/// sized from those calls. The results job's engine, run in process, with its own warm-up cut to one iteration.
/// </summary>
public sealed class WarmPilotEngineFactoryTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("perflab-warmpilot-").FullName;

    [Fact]
    public void The_results_job_uses_the_warm_pilot()
    {
        var job = LabProfile.Results.Job!;
        Assert.IsType<WarmPilotEngineFactory>(job.Infrastructure.EngineFactory);
    }

    [Fact]
    public void Without_the_prewarm_slow_first_calls_fix_the_iteration_at_the_pilots_first_count()
    {
        // The control: BenchmarkDotNet's own factory keeps the count its pilot chose on the cold calls.
        var operations = MeasuredOperations(new EngineFactory());
        Assert.InRange(operations, 1, 4);
    }

    [Fact]
    public void With_the_prewarm_the_pilot_sizes_iterations_on_the_warm_calls()
    {
        var operations = MeasuredOperations(new WarmPilotEngineFactory());
        // ~100 ms of calls of about 10 µs: thousands, far from the 4 the cold calls would give.
        Assert.True(operations > 500, $"{operations} operations an iteration");
    }

    private long MeasuredOperations(IEngineFactory factory)
    {
        var job = ResultsJob.Create()
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithEngineFactory(factory)
            .WithWarmupCount(1)
            .WithIterationCount(1);
        var config = ManualConfig.CreateEmpty().AddJob(job).WithArtifactsPath(_artifacts)
            .AddLogger(BenchmarkDotNet.Loggers.NullLogger.Instance)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<SlowFirstCalls>(config);
        var report = Assert.Single(summary.Reports);
        return report.AllMeasurements.Single(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual).Operations;
    }

    public void Dispose()
    {
        if (Directory.Exists(_artifacts)) Directory.Delete(_artifacts, recursive: true);
    }

    /// <summary>Its first <see cref="SlowCalls"/> calls take 40 ms each (4 of them outlast a 100 ms iteration), later ones about 10 µs.</summary>
    public class SlowFirstCalls
    {
        private const int SlowCalls = 8;
        private int _calls;

        [GlobalSetup]
        public void Reset() => _calls = 0;

        [Benchmark]
        public int Call()
        {
            if (++_calls <= SlowCalls)
            {
                Thread.Sleep(40);
            }
            else
            {
                var until = System.Diagnostics.Stopwatch.GetTimestamp() + System.Diagnostics.Stopwatch.Frequency / 100_000;
                while (System.Diagnostics.Stopwatch.GetTimestamp() < until) { }
            }
            return _calls;
        }
    }
}
