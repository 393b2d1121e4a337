using System.Diagnostics.Tracing;

namespace PerfLab.Machine.Tests;

public sealed class RegimeMonitorTests
{
    /// <summary>Stands in for BenchmarkDotNet's engine events: the same source name and event IDs.</summary>
    [EventSource(Name = EngineEventListener.SourceName)]
    private sealed class FakeEngineEvents : EventSource
    {
        [Event(2)] public void BenchmarkStop(string benchmarkName) => WriteEvent(2, benchmarkName);
        [Event(13)] public void WorkloadWarmupStart(long totalOperations) => WriteEvent(13, totalOperations);
        [Event(14)] public void WorkloadWarmupStop(long totalOperations) => WriteEvent(14, totalOperations);
        [Event(15)] public void WorkloadActualStart(long totalOperations) => WriteEvent(15, totalOperations);
        [Event(16)] public void WorkloadActualStop(long totalOperations) => WriteEvent(16, totalOperations);
    }

    [Fact]
    public void RecordsEachMeasuredIteration_AndPrintsOneLinePerBenchmark_IgnoringWarmUp()
    {
        var lines = new List<string>();
        using var engine = new FakeEngineEvents();
        using var monitor = new RegimeMonitor(lines.Add);

        engine.WorkloadWarmupStart(13);
        engine.WorkloadWarmupStop(13);
        for (var i = 0; i < 3; i++)
        {
            engine.WorkloadActualStart(13);
            GC.Collect(2);
            engine.WorkloadActualStop(13);
        }
        engine.BenchmarkStop("Type.Method");

        var line = Assert.Single(lines);
        var iterations = RegimeMonitor.Find(["// other line", line])!;
        Assert.Equal(3, iterations.Count);
        Assert.All(iterations, i => Assert.Equal(13, i.Operations));
        Assert.All(iterations, i => Assert.True(i.Gen2 >= 1 && i.Gen0 >= 1, $"{i}"));
    }

    [Fact]
    public void Find_TakesTheLastRegimeLine_AndIgnoresOneThatDoesNotParse()
    {
        var first = RegimeMonitor.LinePrefix + RegimeMonitor.Serialize([new RegimeIteration(1, 2, 0, 0, 0, 0)]);
        var last = RegimeMonitor.LinePrefix + RegimeMonitor.Serialize([new RegimeIteration(5, 6, 0, 1, 0, 0)]);

        Assert.Equal(5, RegimeMonitor.Find([first, "// GC: 0 0 0", last])!.Single().Operations);
        Assert.Null(RegimeMonitor.Find(["// AfterAll"]));
        Assert.Null(RegimeMonitor.Find([RegimeMonitor.LinePrefix + "{not json"]));
    }
}
