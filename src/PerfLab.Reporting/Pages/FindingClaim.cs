namespace PerfLab.Reporting.Pages;

/// <summary>
/// One ordering claim of a headline finding, as written in <c>bench/findings.json</c>: exactly one of
/// <c>{"fastest": M}</c>, <c>{"slowest": M}</c> or <c>{"faster": A, "than": B}</c>, optionally <c>"atEverySize": true</c>
/// (then it must hold in every parameter set of the comparison, else in the finding's own).
/// </summary>
public sealed record FindingClaim
{
    public string? Fastest { get; init; }

    public string? Slowest { get; init; }

    public string? Faster { get; init; }

    public string? Than { get; init; }

    public bool AtEverySize { get; init; }

    /// <summary>The techniques the claim names.</summary>
    public IEnumerable<string> Techniques => new[] { Fastest, Slowest, Faster, Than }.OfType<string>();

    /// <summary>Why the claim is malformed; null when it is well formed.</summary>
    public string? Problem =>
        new[] { Fastest, Slowest, Faster }.Count(t => t is not null) != 1 ? "a claim needs exactly one of fastest, slowest or faster"
        : (Faster is null) != (Than is null) ? "\"faster\" and \"than\" go together"
        : Techniques.Any(string.IsNullOrWhiteSpace) ? "a claim names an empty technique"
        : null;

    public override string ToString() =>
        (Fastest is not null ? $"{Fastest} is the fastest" : Slowest is not null ? $"{Slowest} is the slowest" : $"{Faster} is faster than {Than}") +
        (AtEverySize ? " at every size" : "");
}
