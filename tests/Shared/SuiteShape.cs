using System.Reflection;
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
    /// <see cref="Categories"/>) is exactly one class, whose one baseline method is the one <paramref name="baselines"/> names.
    /// </summary>
    public static void AssertEveryCategoryIsOneClassWithItsBaseline(IReadOnlyList<Type> classes, Type categories, IReadOnlyDictionary<string, string> baselines)
    {
        var declared = categories.GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.Equal(declared.Order(), classes.Select(Category).Order());
        Assert.All(classes, t =>
        {
            var baseline = Assert.Single(BenchmarkMethods(t), m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
            Assert.Equal(baselines[Category(t)], baseline.Name);
        });
    }
}
