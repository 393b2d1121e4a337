using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Indexes;
using PerfLab.Bench.Indexes.Postgres;

namespace PerfLab.Indexes.Tests;

/// <summary>
/// The PostgreSQL classes' shape: each names its engine as a parameter, has one baseline, and a comparison both engines
/// answer has the same rows (method names) and baseline on both, so the report can pair them.
/// </summary>
public sealed class PostgresBenchmarkShapeTests
{
    private static readonly Type[] Classes = typeof(PointLookupByIdBenchmarks).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && Methods(t).Any())
        .ToArray();

    private static readonly Type[] PostgresClasses = Classes.Where(t => t.Namespace == typeof(PostgresInsertCase).Namespace).ToArray();

    [Fact]
    public void Every_postgres_class_has_the_engine_parameter_and_one_baseline()
    {
        Assert.Equal(5, PostgresClasses.Length);
        Assert.All(PostgresClasses, t =>
        {
            Assert.StartsWith("Postgres", t.Name, StringComparison.Ordinal);
            var engine = t.GetProperty(Engines.ParameterName);
            Assert.NotNull(engine);
            Assert.Equal("EngineValues", engine!.GetCustomAttribute<ParamsSourceAttribute>()?.Name);
            Assert.Single(Methods(t), m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
        });
    }

    [Fact]
    public void A_comparison_of_both_engines_has_the_same_rows_and_baseline_on_each()
    {
        var shared = 0;
        foreach (var postgres in PostgresClasses)
        {
            var sqlite = Classes.SingleOrDefault(t => t.GetProperty(Engines.ParameterName) is null && Category(t) == Category(postgres));
            if (sqlite is null) continue;
            shared++;
            Assert.Equal(Methods(sqlite).Select(m => m.Name).Order(), Methods(postgres).Select(m => m.Name).Order());
            Assert.Equal(Baseline(sqlite), Baseline(postgres));
        }
        Assert.Equal(3, shared);
    }

    [Fact]
    public void Every_category_of_the_suite_has_a_class_and_each_class_one_declared_category()
    {
        var declared = typeof(Categories.Indexes).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToArray();

        Assert.Equal(declared, Classes.Select(Category).Distinct().Order());
    }

    [Fact]
    public void The_postgres_rows_fit_the_budget_of_thirty_cases()
    {
        Assert.InRange(PostgresClasses.Sum(t => Methods(t).Count()), 1, 30);
    }

    private static IEnumerable<MethodInfo> Methods(Type type) => type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);

    private static string Baseline(Type type) => Methods(type).Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Name;

    private static string Category(Type type) => type.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories.Single();
}
