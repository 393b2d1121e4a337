namespace PerfLab.Compare;

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
