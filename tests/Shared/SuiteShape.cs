using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using Xunit;

namespace PerfLab.Tests.Shared;

/// <summary>A suite's shape, read by reflection from its bench assembly: the checks every suite's tests share.</summary>
public static class SuiteShape
{
    public static IEnumerable<MethodInfo> BenchmarkMethods(Type type) =>
        type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);

    /// <summary>The concrete classes of <paramref name="benchmarks"/> that declare benchmarks.</summary>
    public static Type[] BenchmarkClasses(Assembly benchmarks) =>
        benchmarks.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && BenchmarkMethods(t).Any()).ToArray();

    /// <summary>Benchmark IDs as the lab keeps them: <c>Namespace.Class.Method</c>.</summary>
    public static IEnumerable<string> BenchmarkIds(IEnumerable<Type> classes) =>
        classes.SelectMany(t => BenchmarkMethods(t).Select(m => $"{t.FullName}.{m.Name}"));

    /// <summary>The one category a benchmark class carries.</summary>
    public static string Category(Type type) => type.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories.Single();

    /// <summary>
    /// Every category the suite declares (the constants of <paramref name="categories"/>, a nested class of
    /// <see cref="Categories"/>) is exactly one class, whose one baseline method is the one <paramref name="baselines"/> names;
    /// a category <paramref name="baselines"/> leaves out (a load comparison) has none.
    /// </summary>
    public static void AssertEveryCategoryIsOneClassWithItsBaseline(IReadOnlyList<Type> classes, Type categories, IReadOnlyDictionary<string, string> baselines)
    {
        var declared = categories.GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.Equal(declared.Order(), classes.Select(Category).Order());
        Assert.All(classes, t =>
        {
            var marked = BenchmarkMethods(t).Where(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).ToArray();
            // A category without a baseline here is a load comparison: percentiles at offered rates, nothing divides.
            if (!baselines.TryGetValue(Category(t), out var expected))
            {
                Assert.Empty(marked);
                return;
            }
            Assert.Equal(expected, Assert.Single(marked).Name);
        });
    }

    /// <summary>The suite's headline findings in <c>bench/findings.json</c> (JSON with comments).</summary>
    public static JsonElement[] Findings(string suite)
    {
        using var findings = JsonDocument.Parse(File.ReadAllText(FindingsPath()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return findings.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("suite").GetString() == suite)
            .Select(f => f.Clone())
            .ToArray();
    }

    /// <summary>Each finding names, as technique, versus and in its claims, only rows of the comparison it divides (the report refuses others).</summary>
    public static void AssertFindingsNameRowsOfTheirComparison(IReadOnlyList<JsonElement> findings, IReadOnlyList<Type> classes)
    {
        foreach (var finding in findings)
        {
            var comparison = finding.GetProperty("comparison").GetString()!;
            var type = Assert.Single(classes, t => Category(t) == comparison);
            var rows = BenchmarkMethods(type).Select(m => m.Name).ToArray();
            var named = new List<string> { finding.GetProperty("technique").GetString()!, finding.GetProperty("versus").GetString()! };
            if (finding.TryGetProperty("claims", out var claims))
            {
                named.AddRange(claims.EnumerateArray().SelectMany(c => c.EnumerateObject())
                    .Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .Select(p => p.Value.GetString()!));
            }
            Assert.All(named, name => Assert.Contains(name, rows));
        }
    }

    /// <summary>
    /// Each "engines" note of <paramref name="suite"/> in <c>bench/findings.json</c> names a comparison (category) of
    /// <paramref name="classes"/>. The report uses a note only where its input measures the comparison (a run of one
    /// part measures a few), so a misspelt one would go unseen there: this is where it is caught.
    /// </summary>
    public static void AssertEngineNotesNameComparisonsOf(string suite, IReadOnlyList<Type> classes)
    {
        using var findings = JsonDocument.Parse(File.ReadAllText(FindingsPath()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var notes = findings.RootElement.GetProperty("engines").EnumerateArray()
            .Where(n => n.GetProperty("suite").GetString() == suite)
            .Select(n => n.GetProperty("comparison").GetString()!)
            .ToArray();
        Assert.NotEmpty(notes);
        var comparisons = classes.Select(Category).ToHashSet();
        Assert.All(notes, n => Assert.Contains(n, comparisons));
    }

    /// <summary>
    /// <paramref name="suite"/> is run in parts (<c>LabNames.Parts</c>): each comparison of <paramref name="classes"/> is in
    /// exactly one part, and every part runs at least one.
    /// </summary>
    public static void AssertPartsHoldEachComparisonOnce(string suite, IReadOnlyList<Type> classes)
    {
        var parts = PerfLab.Contract.LabNames.Parts.Of(suite);
        Assert.NotEmpty(parts);
        var comparisons = classes.Select(Category).Distinct().ToArray();
        Assert.All(comparisons, c => Assert.Single(parts, p => p.Holds(c)));
        Assert.All(parts, p => Assert.Contains(comparisons, p.Holds));
    }

    private static string FindingsPath([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "bench", "findings.json"));
}
