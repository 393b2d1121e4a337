using PerfLab.Reporting.Sections;
using PerfLab.Results;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Reporting.Tests;

public sealed class BreakEvenTests
{
    private static Row Case(string method, params double[] rounds)
    {
        var benchmark = new BenchmarkResult($"Lab.Bench.{method}", $"Bench.{method}: LabResults", "Lab", "Bench", method, method, [], null, false, null, null, null, []);
        var values = rounds.Select((v, i) => (Round: i + 1, Value: v)).ToDictionary(p => p.Round, p => p.Value);
        return new Row(benchmark, false, values, rounds.Order().ElementAt(rounds.Length / 2), null, null, Steadiness.NotAssessed, 10);
    }

    private static Comparison Of(string name, params Row[] rows) => new(name, Formatting.Slug(name), true, [new CaseGroup([], rows, null)], []);

    // Reads: the join takes 180 µs, the copies 120 µs (60 µs saved). Renames: 20 µs normalized, 80-140 µs with copies.
    private static readonly SuiteReport Suite = new("queries", "queries", new SuiteRun("run", [], [1, 2, 3, 4, 5],
    [
        Of("Read", Case("List_Join", 180e3, 180e3, 180e3, 180e3, 180e3), Case("List_Copied", 120e3, 120e3, 120e3, 120e3, 120e3)),
        Of("Rename", Case("Rename_Normalized", 20e3, 20e3, 20e3, 20e3, 20e3), Case("Rename_Copied", 80e3, 110e3, 140e3, 100e3, 120e3)),
        Of("Insert", Case("Insert_Normalized", 50e3, 50e3, 50e3, 50e3, 50e3), Case("Insert_Copied", 40e3, 40e3, 40e3, 40e3, 40e3)),
    ], []), null, null);

    private static BreakEvenSpec Spec(params TradeOff[] costs) => new()
    {
        Question = "Copy or join?",
        Suite = "queries",
        Gain = new TradeOff("Read", "List_Copied", "List_Join", "list read"),
        Costs = costs,
    };

    [Fact]
    public void Each_round_divides_the_extra_write_time_by_the_read_time_saved()
    {
        var measured = BreakEven.Measure([Spec(new TradeOff("Rename", "Rename_Copied", "Rename_Normalized", "rename"))], [Suite], "findings.json").Single().Costs.Single();

        // Rounds: (80-20)/60 = 1, 1.5, 2, 4/3, 5/3 reads per rename.
        Assert.Equal([1, 1.5, 2, 4.0 / 3, 5.0 / 3], measured.Operations!.Rounds.Select(r => Math.Round(r, 9)).ToArray(), new RoundedComparer());
        Assert.Equal(1.5, measured.Operations.Median, precision: 9);
        Assert.Equal((1, 2), (measured.Operations.Interval!.Lower, measured.Operations.Interval.Upper));
        Assert.Equal(90e3, measured.ExtraPerCost, precision: 6);
        Assert.Equal(60e3, measured.SavedPerGain, precision: 6);
    }

    [Fact]
    public void A_write_the_technique_makes_cheaper_breaks_even_at_once()
    {
        var measured = BreakEven.Measure([Spec(new TradeOff("Insert", "Insert_Copied", "Insert_Normalized", "new order"))], [Suite], "findings.json").Single().Costs.Single();

        Assert.Equal(0, measured.Operations!.Median);
    }

    [Fact]
    public void The_page_section_names_both_sides_and_the_count()
    {
        var page = BreakEven.Render(BreakEven.Measure([Spec(new TradeOff("Rename", "Rename_Copied", "Rename_Normalized", "rename"))], [Suite], "findings.json"));

        Assert.StartsWith("## Break-even\n", page, StringComparison.Ordinal);
        Assert.Contains("| rename: Rename_Copied against Rename_Normalized ([Rename](#rename)) | 90.00 μs | 60.00 μs | 1.500 [1.000–2.000; 93.8% coverage] |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_technique_is_bad_input_and_an_unmeasured_comparison_shows_no_numbers()
    {
        var error = Assert.Throws<BadInputException>(() => BreakEven.Measure([Spec(new TradeOff("Rename", "Rename_Nope", "Rename_Normalized", "rename"))], [Suite], "findings.json"));
        Assert.Contains("Rename has no technique Rename_Nope", error.Message, StringComparison.Ordinal);

        var page = BreakEven.Render(BreakEven.Measure([Spec(new TradeOff("Delete", "Delete_Copied", "Delete_Normalized", "delete"))], [Suite], "findings.json"));
        Assert.Contains("| n/a | n/a | not measured in this run |", page, StringComparison.Ordinal);
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
