namespace PerfLab.Reporting.Compare;

/// <summary>Everything the compare command found: what it prints as markdown and writes as JSON.</summary>
/// <param name="Normalized">
/// True when base and diff ran on different machines or runtimes: each benchmark's launches are then divided by its
/// category baseline's median in the same export, and those ratios are compared instead of absolute times.
/// </param>
/// <param name="EnvironmentDifferences">Why <paramref name="Normalized"/> is set, one line per differing field.</param>
/// <param name="Benchmarks">Benchmarks present on both sides, ordered by name.</param>
/// <param name="Added">In diff only.</param>
/// <param name="Removed">In base only.</param>
/// <param name="Failed">Present on both sides but without a measurement on at least one.</param>
public sealed record ComparisonReport(
    ComparisonPolicy Policy,
    string BasePath,
    string DiffPath,
    IReadOnlyList<MachineSignature> BaseMachines,
    IReadOnlyList<MachineSignature> DiffMachines,
    bool Normalized,
    IReadOnlyList<string> EnvironmentDifferences,
    IReadOnlyList<BenchmarkComparison> Benchmarks,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Failed)
{
    public IEnumerable<BenchmarkComparison> WithVerdict(Verdict verdict) => Benchmarks.Where(b => b.Time?.Verdict == verdict);

    public bool HasRegression => WithVerdict(Verdict.Slower).Any();

    /// <summary>Geometric mean of the ratios of every benchmark compared (normalized ratios in normalized mode); null when none was.</summary>
    public double? GeometricMeanRatio
    {
        get
        {
            var ratios = Benchmarks.Where(b => b.Time is not null).Select(b => b.Time!.Ratio).ToArray();
            return ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log));
        }
    }
}

/// <summary>One benchmark present on both sides.</summary>
/// <param name="Time">The time comparison; null when it could not be made (see <paramref name="NotCompared"/>).</param>
/// <param name="NotCompared">Why there is no time comparison (normalized mode: the baseline itself, or no baseline).</param>
public sealed record BenchmarkComparison(string FullName, string Group, ShiftAnalysis? Time, string? NotCompared, AllocationChange Allocation);

/// <summary>
/// Bytes allocated per operation on each side, exactly as measured (allocations are deterministic, so any difference
/// is a change). Each side lists the distinct values its exports measured (normally one).
/// </summary>
public sealed record AllocationChange(IReadOnlyList<long> Base, IReadOnlyList<long> Diff)
{
    public static AllocationChange Of(IEnumerable<long> baseBytes, IEnumerable<long> diffBytes) =>
        new(baseBytes.Distinct().Order().ToArray(), diffBytes.Distinct().Order().ToArray());

    /// <summary>Both sides measured allocations and no value is shared (a side whose exports disagree overlaps any value it holds).</summary>
    public bool Changed => Base.Count > 0 && Diff.Count > 0 && (Diff[0] > Base[^1] || Diff[^1] < Base[0]);

    /// <summary>Diff − base when each side measured exactly one value.</summary>
    public long? Delta => Base is [var b] && Diff is [var d] ? d - b : null;
}
