namespace PerfLab.Compare;

/// <summary>What compare decides for the benchmarks of an A/A pair when the diff side is made slower by a known shift.</summary>
/// <param name="Shift">The injected relative slowdown (0.10 = every diff launch 10% slower); 0 is the real A/A pair.</param>
public sealed record PowerRow(double Shift, int Benchmarks, int Slower, int Faster, int Same, int Inconclusive)
{
    /// <summary>Share of benchmarks flagged at all (slower or faster): at shift 0 every one is a false alarm.</summary>
    public double Flagged => (double)(Slower + Faster) / Benchmarks;

    public double Detected => (double)Slower / Benchmarks;
}

/// <summary>
/// The detection power of <c>compare</c> on this machine, from real noise: two runs of the same build are an A/A pair,
/// so every benchmark compare flags between them is a false alarm; multiplying the diff side's launch values by
/// 1 + shift injects a known regression into that same real noise, and the share flagged slower is the power to
/// detect it. No model of the noise is assumed: it is whatever the two runs measured.
/// </summary>
public static class DetectionPower
{
    public static IReadOnlyList<double> DefaultShifts { get; } = [0, 0.02, 0.05, 0.10, 0.125, 0.15, 0.20, 0.30];

    public static IReadOnlyList<PowerRow> Measure(RunSide baseSide, RunSide diffSide, ComparePolicy policy, IReadOnlyList<double> shifts)
    {
        var diffByName = diffSide.Benchmarks.Where(b => !b.Failed).ToDictionary(b => b.FullName, StringComparer.Ordinal);
        var pairs = baseSide.Benchmarks
            // Time only: a load case's latency p99 (SideBenchmark.Measure) is another quantity, with its own noise.
            .Where(b => !b.Failed && b.Measure is null && diffByName.ContainsKey(b.FullName))
            .Select(b => (Base: Values(b), Diff: Values(diffByName[b.FullName])))
            .ToArray();
        if (pairs.Length == 0) throw new BadInputException($"{baseSide.Path} and {diffSide.Path} have no measured benchmark in common");

        return shifts.Select(shift =>
        {
            var verdicts = pairs
                .Select(p => ShiftAnalysis.Analyze(p.Base, p.Diff.Select(v => v * (1 + shift)).ToArray(), policy, policy.NoiseFloorNanoseconds).Verdict)
                .ToArray();
            return new PowerRow(shift, verdicts.Length, Count(Verdict.Slower), Count(Verdict.Faster), Count(Verdict.Same), Count(Verdict.Inconclusive));
            int Count(Verdict verdict) => verdicts.Count(v => v == verdict);
        }).ToArray();
    }

    /// <summary>The smallest injected shift flagged slower in at least <paramref name="share"/> of the benchmarks; null if none.</summary>
    public static double? SmallestDetected(IReadOnlyList<PowerRow> rows, double share) =>
        rows.Where(r => r.Shift > 0 && r.Detected >= share).Select(r => (double?)r.Shift).Min();

    private static double[] Values(SideBenchmark benchmark) => benchmark.Launches.Select(l => l.Nanoseconds).ToArray();
}
