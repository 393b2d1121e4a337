using PerfLab.Reporting.Pages;
using PerfLab.Reporting.Sections;
using PerfLab.Results.Suites;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>A suite's own page content comes through one extension point, <see cref="ISuiteSection"/>, registered per suite.</summary>
public sealed class SuiteSectionsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    /// <summary>Adds a line under every comparison (claiming its QueryPlan metric) and one after them.</summary>
    private sealed class Probe : ISuiteSection
    {
        public SectionText UnderComparison(Comparison comparison) => new($"Probe under {comparison.Name}.\n\n", ["QueryPlan"]);

        public string AfterComparisons(SuiteReport suite) => $"## Probe\n\nAfter the {suite.Name} comparisons.\n\n";
    }

    private string Page(IReadOnlyDictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>> sections)
    {
        var output = _scratch.Combine("out");
        ReportGenerator.Generate(Fixture.Lab, output, new ReportOptions { Sections = sections });
        return File.ReadAllText(Path.Combine(output, "demo.md"));
    }

    [Fact]
    public void A_registered_section_writes_under_each_comparison_and_after_them_and_its_metrics_are_not_listed_again()
    {
        var page = Page(new Dictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>> { ["demo"] = [_ => new Probe()] });

        Assert.Contains("Probe under Sum.\n", page, StringComparison.Ordinal);
        Assert.Contains("Probe under Concat.\n", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**QueryPlan**", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("## Probe", StringComparison.Ordinal) > page.LastIndexOf("**Summary.**", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suite_without_a_registered_section_gets_none()
    {
        var page = Page(new Dictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>> { ["other"] = [_ => new Probe()] });

        Assert.DoesNotContain("Probe", page, StringComparison.Ordinal);
        Assert.Contains("**QueryPlan** (every row)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_security_suite_contributes_the_attacker_table_the_queries_suite_its_break_evens_and_the_api_suite_its_link_speeds()
    {
        var inputs = new SectionInputs(null, null, []);

        Assert.IsType<AttackerTable>(Assert.Single(SuiteSections.Registered[LabNames.Suites.Security]).Invoke(inputs));
        Assert.IsType<BreakEven>(Assert.Single(SuiteSections.Registered[LabNames.Suites.Queries]).Invoke(inputs));
        Assert.IsType<LinkBreakEven>(Assert.Single(SuiteSections.Registered[LabNames.Suites.Api]).Invoke(inputs));
        Assert.Equal([LabNames.Suites.Api, LabNames.Suites.Queries, LabNames.Suites.Security], SuiteSections.Registered.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_break_even_for_a_suite_whose_page_has_no_break_even_section_is_bad_input()
    {
        var suites = SuiteBuilder.Build(Results.Exports.ExportLoader.Load(Fixture.Lab));
        var spec = new BreakEvenSpec
        {
            Question = "Sum or concat?", Suite = "demo",
            Gain = new TradeOff("Sum", "A", "B", "sum"), Costs = [new TradeOff("Concat", "C", "D", "concat")],
        };
        var inputs = new SectionInputs(new FindingsDocument([], [spec], []), "findings.json", suites);

        var error = Assert.Throws<BadInputException>(() => SuiteSections.Create(SuiteSections.Registered, inputs));
        Assert.Contains("break-even \"Sum or concat?\": the demo page has no break-even section", error.Message, StringComparison.Ordinal);
    }
}
