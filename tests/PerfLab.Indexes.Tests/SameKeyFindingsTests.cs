using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Indexes;

namespace PerfLab.Indexes.Tests;

/// <summary>
/// A headline finding of the index suite divides two access paths to the same rows by the same key: both rows run
/// the same SQL, so only the schema differs. (A text key through a secondary index divided by the integer rowid
/// mixed two questions.) Each row's own setup is run to see which path it opens.
/// </summary>
public sealed class SameKeyFindingsTests
{
    public static TheoryData<string, string, string> ReadFindings()
    {
        var data = new TheoryData<string, string, string>();
        using var findings = JsonDocument.Parse(File.ReadAllText(FindingsPath()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        foreach (var finding in findings.RootElement.GetProperty("findings").EnumerateArray())
        {
            if (finding.GetProperty("suite").GetString() != "indexes") continue;
            var comparison = finding.GetProperty("comparison").GetString()!;
            // PostgreSQL's comparisons of their own have no SQLite class: their paths run one SQL text by construction
            // (same table names, a schema per variant), which PostgresAccessPathTests checks.
            if (BenchmarkClass(comparison) is not { } type || !IsReadComparison(type)) continue;
            data.Add(comparison, finding.GetProperty("technique").GetString()!, finding.GetProperty("versus").GetString()!);
        }
        return data;
    }

    [Fact]
    public void Each_comparison_is_in_exactly_one_part() =>
        PerfLab.Tests.Shared.SuiteShape.AssertPartsHoldEachComparisonOnce("indexes", PerfLab.Tests.Shared.SuiteShape.BenchmarkClasses(typeof(AccessPathComparison<,>).Assembly));

    [Fact]
    public void Every_engines_note_names_a_comparison_of_the_suite() =>
        PerfLab.Tests.Shared.SuiteShape.AssertEngineNotesNameComparisonsOf("indexes", PerfLab.Tests.Shared.SuiteShape.BenchmarkClasses(typeof(AccessPathComparison<,>).Assembly));

    [Theory]
    [MemberData(nameof(ReadFindings))]
    public void A_read_finding_compares_two_paths_of_the_same_query(string comparison, string technique, string versus)
    {
        Assert.Equal(Sql(comparison, versus), Sql(comparison, technique));
    }

    [Fact]
    public void No_benchmark_carries_a_retired_ID() =>
        Assert.DoesNotContain(
            typeof(PointLookupByIdBenchmarks).Assembly.GetTypes().SelectMany(t => t.GetMethods()
                .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).Select(m => $"{t.FullName}.{m.Name}")),
            Categories.Retired.IsRetired);

    private static string Sql(string comparison, string method)
    {
        var type = BenchmarkClass(comparison)!;
        var benchmark = Activator.CreateInstance(type)!;
        type.GetProperty("Rows")!.SetValue(benchmark, 10_000);
        type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>()?.Targets.Contains(method) == true).Invoke(benchmark, null);
        try
        {
            var path = type.GetProperty("Path")!.GetValue(benchmark)!;
            return (string)path.GetType().GetProperty("Sql")!.GetValue(path)!;
        }
        finally
        {
            type.GetMethod("CloseDatabase")!.Invoke(benchmark, null);
        }
    }

    /// <summary>A read comparison's class: one of <see cref="AccessPathComparison{TRow, TKey}"/> (the insert comparisons have no SQL to compare).</summary>
    private static bool IsReadComparison(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AccessPathComparison<,>)) return true;
        }
        return false;
    }

    /// <summary>The SQLite class of a comparison (the findings' rows; a PostgreSQL class of the same comparison has an Engine parameter).</summary>
    private static Type? BenchmarkClass(string comparison) =>
        typeof(PointLookupByIdBenchmarks).Assembly.GetTypes()
            .SingleOrDefault(t => t.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.Contains(comparison) == true && t.GetProperty(Engines.ParameterName) is null);

    private static string FindingsPath([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "bench", "findings.json"));
}
