namespace PerfLab.Results.Suites;

/// <summary>
/// A case whose time is largely first-touch page faults: allocation-bound on fresh memory, so its time (and its ratios)
/// carry the price of a page fault, which is a property of the machine (about 10 µs on a fresh VM, far less elsewhere).
/// Known only when the export records the case's faults (<c>PerfLab.Regime</c>) and the round's probe of a fault's cost
/// (<c>PerfLab.Probes</c>).
/// </summary>
/// <param name="FaultsPerOperation">The median over the rounds of the case's page faults per operation.</param>
/// <param name="Share">The median over the rounds of faults × the round's fault cost ÷ the case's time per operation.</param>
public sealed record MachineSensitivity(double FaultsPerOperation, double Share)
{
    /// <summary>From a tenth of its time on, what the machine charges for a fault moves a case's number by more than the
    /// run-to-run goals allow (median 5%, p90 15%) when the fault cost differs by a factor of 2 between machines.</summary>
    public const double MinimumShare = 0.10;

    /// <summary>"machine-sensitive (page faults: 358/op ≈ 92% of its time)".</summary>
    public string Text => $"machine-sensitive (page faults: {Formatting.Count(FaultsPerOperation)}/op ≈ {Formatting.Percent(Share, signed: false)} of its time)";

    /// <summary>The case's sensitivity over its rounds; null when not known or below <see cref="MinimumShare"/>.</summary>
    public static MachineSensitivity? Of(IReadOnlyList<Regime> rounds)
    {
        var known = rounds.Where(r => r.FaultShare is not null).ToArray();
        if (known.Length == 0) return null;
        var share = Quantiles.MedianOf(known.Select(r => r.FaultShare!.Value));
        return share >= MinimumShare ? new MachineSensitivity(Quantiles.MedianOf(known.Select(r => r.FaultsPerOperation!.Value)), share) : null;
    }
}
