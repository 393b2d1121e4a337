using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;

namespace PerfLab.Bench.Common;

/// <summary>
/// Runs a round's cases in one random order drawn from the round's seed (randomized interleaved rounds, Abedi and
/// Brecht 2017): no case always runs first, last or after the same neighbour, and the order is reproducible from
/// the seed. Summaries keep the lab's usual order (fastest to slowest within a comparison).
/// </summary>
public sealed class RoundOrderer(int seed) : DefaultOrderer(SummaryOrderPolicy.FastestToSlowest)
{
    public int Seed { get; } = seed;

    public override IEnumerable<BenchmarkCase> GetExecutionOrder(
        ImmutableArray<BenchmarkCase> benchmarkCases, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
        Shuffle(benchmarkCases);

    /// <summary>
    /// The round's order of <paramref name="cases"/>: sorted by full name first, so the same cases and seed give the
    /// same order whatever order they were discovered in, then a seeded Fisher-Yates shuffle.
    /// </summary>
    public IReadOnlyList<BenchmarkCase> Shuffle(IEnumerable<BenchmarkCase> cases)
    {
        var list = cases
            .Select(c => (Name: FullNameProvider.GetBenchmarkName(c), Case: c))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Case)
            .ToArray();
        // System.Random with a seed is a stable algorithm across .NET versions (the legacy seeded generator).
        var random = new Random(Seed);
        for (var i = list.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
