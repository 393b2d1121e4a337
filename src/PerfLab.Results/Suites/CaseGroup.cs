namespace PerfLab.Results.Suites;

/// <summary>The rows of one comparison that share parameter values, fastest (lowest best round) first.</summary>
/// <param name="Parameters">The shared parameter values (empty when the benchmarks have none).</param>
/// <param name="Baseline">The lab-marked baseline of this group; null when there is none.</param>
public sealed record CaseGroup(IReadOnlyList<BenchmarkParameter> Parameters, IReadOnlyList<Row> Rows, Row? Baseline)
{
    public string ParametersText => string.Join(", ", Parameters.Select(p => $"{p.Name}={p.Value}"));
}
