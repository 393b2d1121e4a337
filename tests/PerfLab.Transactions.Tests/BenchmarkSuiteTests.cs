using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Transactions;
using PerfLab.Tests.Shared;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Transactions.Tests;

/// <summary>The transactions suite's shape, checked by reflection: no benchmark runs here.</summary>
public sealed class BenchmarkSuiteTests
{
    private static readonly Type[] BenchmarkClasses = SuiteShape.BenchmarkClasses(typeof(CommitCostBenchmarks).Assembly);

    private static readonly Dictionary<string, string> Baselines = new()
    {
        [Categories.Transactions.CommitCost] = nameof(CommitCostBenchmarks.Insert_CommitEvery1000Rows),
        [Categories.Transactions.ReadersWithWriter] = nameof(ReadersWithWriterBenchmarks.Read_RollbackJournal),
        [Categories.Transactions.LostUpdate] = nameof(LostUpdateBenchmarks.Increment_ReadModifyWrite),
    };

    [Fact]
    public void Every_category_is_one_class_with_exactly_one_baseline()
        => AssertEveryCategoryIsOneClassWithItsBaseline(BenchmarkClasses, typeof(Categories.Transactions), Baselines);

    [Fact]
    public void Every_method_is_named_Operation_Technique()
    {
        Assert.All(BenchmarkClasses.SelectMany(BenchmarkMethods), m => Assert.Matches("^(Insert|Read|Increment)_[A-Z][A-Za-z0-9]+$", m.Name));
    }

    /// <summary>
    /// The lab's time budget (a round under about 110 s, 5 rounds within 15 minutes): 24 commit-cost cases of mostly
    /// sub-second work, 2 readers-with-writer and 5 lost-update cases (README, "Cost").
    /// </summary>
    [Fact]
    public void CaseCountStaysWithinTheLabBudget()
    {
        var commitCases = BenchmarkMethods(typeof(CommitCostBenchmarks)).Count() *
            typeof(CommitCostBenchmarks).GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null)
                .Aggregate(1, (n, p) => n * p.GetCustomAttribute<ParamsAttribute>()!.Values.Length);
        Assert.Equal(24, commitCases);
        Assert.Equal(31, commitCases + BenchmarkMethods(typeof(ReadersWithWriterBenchmarks)).Count() + BenchmarkMethods(typeof(LostUpdateBenchmarks)).Count());
    }

    [Fact]
    public void No_benchmark_carries_a_retired_ID() =>
        Assert.DoesNotContain(BenchmarkIds(BenchmarkClasses), Categories.Retired.IsRetired);

    /// <summary>Every row of a comparison states its unit of work: operations per invoke on every method of the suite.</summary>
    [Fact]
    public void Every_method_reports_time_per_row_read_or_increment()
    {
        Assert.All(BenchmarkClasses.SelectMany(BenchmarkMethods), m => Assert.True(m.GetCustomAttribute<BenchmarkAttribute>()!.OperationsPerInvoke > 1, m.Name));
    }

    /// <summary>The suite's headline findings name rows of the comparison they divide (the report refuses unknown ones).</summary>
    [Fact]
    public void Every_transactions_finding_names_rows_of_its_comparison()
    {
        var transactions = Findings("transactions");

        // One per comparison (the lab's rule); the commit-cost one also carries the crash test's result.
        Assert.Equal(Baselines.Keys.Order(), transactions.Select(f => f.GetProperty("comparison").GetString()!).Order());
        AssertFindingsNameRowsOfTheirComparison(transactions, BenchmarkClasses);
    }


}
