using PerfLab.Bench.Common;
using PerfLab.Bench.Orm;
using PerfLab.Contract;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Orm.Tests;

/// <summary>orm is published in parts (<c>--part</c>): every comparison of the suite is in exactly one part, and every part runs some.</summary>
public sealed class OrmPartsTests
{
    private static readonly IReadOnlyList<LabNames.Parts.Part> Parts = LabNames.Parts.Of(LabNames.Suites.Orm);

    private static readonly Type[] Classes = BenchmarkClasses(typeof(OrmBenchmark).Assembly);

    [Fact]
    public void Each_comparison_the_classes_run_is_in_exactly_one_part_and_every_part_runs_one() =>
        AssertPartsHoldEachComparisonOnce(LabNames.Suites.Orm, Classes);

    [Fact]
    public void Every_declared_comparison_is_in_exactly_one_part()
    {
        var declared = typeof(Categories.Orm).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.All(declared, c => Assert.Single(Parts, p => p.Holds(c)));
    }

    [Fact]
    public void Every_engines_note_names_a_comparison_of_the_suite() =>
        AssertEngineNotesNameComparisonsOf(LabNames.Suites.Orm, Classes);

    [Theory]
    [InlineData("Orm.ById.HandCoded", "by-id")]
    [InlineData("Orm.ById.Load", "load")]
    [InlineData("Orm.Insert", "writes")]
    public void A_category_belongs_to_the_part_that_names_it_or_a_prefix_of_it(string category, string part) =>
        Assert.Equal(part, Assert.Single(Parts, p => p.Holds(category)).Name);

    [Fact]
    public void A_name_sharing_a_parts_prefix_without_the_dot_is_not_in_it()
    {
        var part = new LabNames.Parts.Part("orm", "x", ["Orm.ById"]);
        Assert.True(part.Holds("Orm.ById"));
        Assert.True(part.Holds("Orm.ById.Load"));
        Assert.False(part.Holds("Orm.ByIdentity"));
    }
}
