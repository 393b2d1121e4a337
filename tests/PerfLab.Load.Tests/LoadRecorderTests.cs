using System.Diagnostics.Tracing;
using System.Text.Json;
using PerfLab.Machine;

namespace PerfLab.Load.Tests;

public sealed class LoadRecorderTests
{
    /// <summary>Stands in for BenchmarkDotNet's engine events: the same source name and event IDs.</summary>
    [EventSource(Name = EngineEventListener.SourceName)]
    private sealed class FakeEngineEvents : EventSource
    {
        [Event(2)] public void BenchmarkStop(string benchmarkName) => WriteEvent(2, benchmarkName);
        [Event(15)] public void WorkloadActualStart(long totalOperations) => WriteEvent(15, totalOperations);
        [Event(16)] public void WorkloadActualStop(long totalOperations) => WriteEvent(16, totalOperations);
    }

    [Fact]
    public async Task KeepsOnlyTheRunsOfMeasuredIterations_AndPrintsTheLoadBlockOnceAtTheBenchmarksStop()
    {
        var lines = new List<string>();
        using var engine = new FakeEngineEvents();
        var server = new SyntheticServer(TimeSpan.FromMicroseconds(20));
        var load = await OfferedLoad.MeasureAsync(server.HandleAsync, LoadLevel.Quarter);
        using var recorder = new LoadRecorder(lines.Add);
        recorder.Use(load);

        recorder.Keep(load.Run()); // warm-up: outside a measured iteration
        for (var i = 0; i < 2; i++)
        {
            engine.WorkloadActualStart(1);
            recorder.Keep(load.Run());
            engine.WorkloadActualStop(1);
        }
        Assert.Empty(lines);
        engine.BenchmarkStop("Type.Method");

        var block = LoadRecorder.Find(["// other line", Assert.Single(lines)])!.Value;
        Assert.Equal("OpenLoop", block.GetProperty("Model").GetString());
        Assert.Equal(2, block.GetProperty("Iterations").GetArrayLength());
        Assert.Equal(load.OfferedRate, block.GetProperty("OfferedRate").GetDouble(), 6);
        Assert.Equal(load.CapacityRate, block.GetProperty("CapacityRate").GetDouble(), 6);
        Assert.Equal(0.25, block.GetProperty("OfferedFraction").GetDouble());
        var requested = block.GetProperty("Iterations").EnumerateArray().Sum(i => i.GetProperty("Requested").GetInt32());
        Assert.Equal(requested, block.GetProperty("Requested").GetInt32());
        Assert.Equal(block.GetProperty("Completed").GetInt64(), block.GetProperty("Latency").GetProperty("Count").GetInt64());
        foreach (var name in new[] { "P50Ns", "P90Ns", "P99Ns", "P999Ns", "MaxNs" })
            Assert.True(block.GetProperty("Latency").GetProperty(name).GetInt64() > 0, name);
        Assert.True(block.GetProperty("ClientCpuNs").GetInt64() > 0);
        Assert.False(block.TryGetProperty("ServerCpuNs", out _)); // no sampler given
    }

    [Fact]
    public void Find_IgnoresOtherLines_AndAMalformedOne()
    {
        Assert.Null(LoadRecorder.Find(["// PerfLab.Regime []", "text"]));
        Assert.Null(LoadRecorder.Find([LoadRecorder.LinePrefix + "{not json"]));
        Assert.Equal(JsonValueKind.Object, LoadRecorder.Find([LoadRecorder.LinePrefix + "{}"])!.Value.ValueKind);
    }
}
