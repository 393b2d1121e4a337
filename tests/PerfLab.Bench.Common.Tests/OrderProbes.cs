using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;

namespace PerfLab.Bench.Common.Tests;

/// <summary>
/// Benchmarks that record when they run (the quick profile runs them in this process), so a test can compare the
/// order a round executed with the order it recorded. Two classes, so interleaving across classes shows.
/// </summary>
public static class OrderProbes
{
    public static readonly ConcurrentQueue<string> Executed = new();

    /// <summary>The cases in the order they first ran (each case invokes its method several times).</summary>
    public static IReadOnlyList<string> DistinctRuns() =>
        Executed.Where((name, i) => i == 0 || Executed.ElementAt(i - 1) != name).ToArray();

    public class ProbeA
    {
        [Params(1, 2)]
        public int Size { get; set; }

        [Benchmark(Baseline = true), BenchmarkCategory("Probe")]
        public int First() => Record($"{nameof(ProbeA)}.{nameof(First)}({Size})");

        [Benchmark, BenchmarkCategory("Probe")]
        public int Second() => Record($"{nameof(ProbeA)}.{nameof(Second)}({Size})");
    }

    /// <summary>A class of another engine: its cases name it in the Engine parameter, as the PostgreSQL classes do.</summary>
    public class ProbeOnPostgres
    {
        [Params(Engines.PostgreSql)]
        public string Engine { get; set; } = "";

        [Benchmark]
        public int Fifth() => Record($"{nameof(ProbeOnPostgres)}.{nameof(Fifth)}");
    }

    public class ProbeB
    {
        [Benchmark]
        public int Third() => Record($"{nameof(ProbeB)}.{nameof(Third)}");

        [Benchmark]
        public int Fourth() => Record($"{nameof(ProbeB)}.{nameof(Fourth)}");
    }

    private static int Record(string name)
    {
        Executed.Enqueue(name);
        return name.Length;
    }
}
