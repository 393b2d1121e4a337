using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Queries;
using PerfLab.Tests.Shared;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Queries.Tests;

/// <summary>The queries suite's shape, checked by reflection: no benchmark runs here.</summary>
public sealed class BenchmarkSuiteTests
{
    private static readonly Type[] BenchmarkClasses = SuiteShape.BenchmarkClasses(typeof(PaginationDepthBenchmarks).Assembly);

    private static readonly Dictionary<string, string> Baselines = new()
    {
        [Categories.Queries.Pagination] = nameof(PaginationDepthBenchmarks.Page_KeysetSql),
        [Categories.Queries.PaginationLayers] = nameof(PaginationLayerBenchmarks.Page_KeysetDapper),
        [Categories.Queries.DenormalizedRead] = nameof(OrderListReadBenchmarks.List_Join),
        [Categories.Queries.DenormalizedRename] = nameof(OrderListRenameBenchmarks.Rename_Normalized),
        [Categories.Queries.DenormalizedInsert] = nameof(OrderListInsertBenchmarks.PlaceOrder_Normalized),
        [Categories.Queries.Aggregation] = nameof(CustomerRevenueBenchmarks.Revenue_DatabaseSql),
        [Categories.Queries.SqlParameters] = nameof(EmailLookupBenchmarks.Lookup_ParameterizedReused),
    };

    [Fact]
    public void Each_comparison_is_in_exactly_one_part() => AssertPartsHoldEachComparisonOnce("queries", BenchmarkClasses);

    [Fact]
    public void Every_category_is_one_class_with_exactly_one_baseline()
        => AssertEveryCategoryIsOneClassWithItsBaseline(BenchmarkClasses, typeof(Categories.Queries), Baselines);

    [Fact]
    public void Every_method_is_named_Operation_Technique()
    {
        Assert.All(BenchmarkClasses.SelectMany(BenchmarkMethods), m => Assert.Matches("^(Page|List|Rename|PlaceOrder|Revenue|Lookup)_[A-Z][A-Za-z0-9]+$", m.Name));
    }

    /// <summary>
    /// The publication budget: 5 rounds of every case in its own process (about 2.2 s each plus warm-up) within about
    /// 110 s a round, so at most 40 cases. Parameters multiply a class's methods.
    /// </summary>
    [Fact]
    public void Case_count_stays_within_the_lab_budget()
    {
        var cases = BenchmarkClasses.Sum(t => BenchmarkMethods(t).Count() * ParameterCombinations(t));
        Assert.Equal(30, cases);
        Assert.True(cases <= 40);
    }

    [Fact]
    public void Every_variant_specific_setup_targets_an_existing_method()
    {
        foreach (var type in BenchmarkClasses)
        {
            var setups = type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).ToArray();
            var targeted = setups.SelectMany(m => m.GetCustomAttribute<GlobalSetupAttribute>()!.Targets).ToArray();
            if (targeted.Length == 0) continue;
            Assert.Equal(BenchmarkMethods(type).Select(m => m.Name).Order(), targeted.Order());
        }
    }

    [Fact]
    public void No_benchmark_carries_a_retired_ID() =>
        Assert.DoesNotContain(BenchmarkIds(BenchmarkClasses), Categories.Retired.IsRetired);

    /// <summary>The suite's headline findings name rows of the comparison they divide (the report refuses unknown ones).</summary>
    [Fact]
    public void Every_queries_finding_names_rows_of_its_comparison()
    {
        var queries = Findings("queries");

        Assert.Equal(5, queries.Length);
        AssertFindingsNameRowsOfTheirComparison(queries, BenchmarkClasses);
    }

    private static int ParameterCombinations(Type type) =>
        type.GetProperties().Select(p => p.GetCustomAttribute<ParamsAttribute>()?.Values.Length ?? 1).Aggregate(1, (a, b) => a * b);


}
