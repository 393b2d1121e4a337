using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Orm;
using PerfLab.Bench.Orm.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Orm.Postgres;
using PerfLab.Tests.Shared;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Orm.Tests;

/// <summary>
/// The PostgreSQL classes are the SQLite comparisons' other engine: each has a SQLite twin with the same category and
/// baseline, a method name shared with the twin runs the technique of the same name on both engines' scenarios, and
/// the cases fit the suite's budget.
/// </summary>
[Collection(PostgresCollection.Name)] // one test sets the process-wide server variables
public sealed class PostgresSuiteShapeTests
{
    /// <summary>
    /// Cases of the time comparisons, a ceiling that keeps cuts cut: 44 cases ran 29 min for 5 rounds (about 8 s per
    /// case per round, warm-up included), so the count after 2026-12-04's trim (the Unix socket only where it is the
    /// question) is 38, and a load case costs about two of them.
    /// </summary>
    private const int CaseBudget = 38;

    private static readonly Type[] Classes = BenchmarkClasses(typeof(OrmBenchmark).Assembly);
    // The load class has no SQLite twin: latency under load is a server's question.
    private static readonly Type[] LoadClasses = [.. Classes.Where(t => Category(t) == Categories.Orm.ByIdLoad)];
    // A PostgreSQL class names its engine as a parameter; a SQLite class has none (Engines).
    private static readonly Type[] PostgresClasses = [.. Classes.Where(t => t.GetProperty(Engines.ParameterName) is not null).Except(LoadClasses)];
    private static readonly Type[] SqliteClasses = [.. Classes.Where(t => t.GetProperty(Engines.ParameterName) is null)];

    [Fact]
    public void Every_comparison_has_one_class_per_engine_with_the_same_baseline()
    {
        Assert.Equal(6, PostgresClasses.Length);
        Assert.Equal(Classes.Length, PostgresClasses.Length + SqliteClasses.Length + LoadClasses.Length);
        Assert.Equal(SqliteClasses.Select(Category).Order(), PostgresClasses.Select(Category).Order());
        foreach (var type in PostgresClasses)
        {
            var twin = Assert.Single(SqliteClasses, t => Category(t) == Category(type));
            Assert.Equal(Baseline(twin).Name, Baseline(type).Name);
            Assert.Equal("Postgres" + twin.Name, type.Name);
        }
    }

    [Fact]
    public void A_method_name_means_the_same_technique_on_both_engines()
    {
        foreach (var type in PostgresClasses)
        {
            var twin = SqliteClasses.Single(t => Category(t) == Category(type));
            var twinMethods = BenchmarkMethods(twin).Select(m => m.Name).ToHashSet();
            var scenario = ScenarioType(type);
            var twinScenario = ScenarioType(twin);
            foreach (var method in BenchmarkMethods(type))
            {
                var technique = method.Name[(method.Name.IndexOf('_') + 1)..];
                Assert.True(HasTechnique(scenario, technique), $"{type.Name}.{method.Name}: {scenario.Name} has no {technique}");
                if (twinMethods.Contains(method.Name))
                {
                    Assert.True(HasTechnique(twinScenario, technique), $"{twin.Name}.{method.Name}: {twinScenario.Name} has no {technique}");
                    Assert.Equal(twin.GetMethod(method.Name)!.ReturnType, method.ReturnType);
                }
                else
                {
                    // A PostgreSQL-only technique is named for PostgreSQL's own API, never like a SQLite row.
                    Assert.StartsWith(method.Name[..(method.Name.IndexOf('_') + 1)] + "Npgsql", method.Name, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Every_PostgreSQL_class_names_its_engine_and_only_by_key_varies_the_transport()
    {
        foreach (var type in PostgresClasses.Concat(LoadClasses))
        {
            var engine = type.GetProperty(Engines.ParameterName);
            Assert.NotNull(engine?.GetCustomAttribute<ParamsSourceAttribute>());
            Assert.Equal(Category(type) is Categories.Orm.ById, Transports(type).Count() > 1);
            Assert.Equal([100_000], type.GetProperty(nameof(OrmBenchmark.Scale))!.GetCustomAttribute<ParamsAttribute>()!.Values.Cast<int>());
        }
    }

    [Fact]
    public void Every_class_with_hand_written_rows_gives_them_its_engines_warm_up()
    {
        foreach (var type in Classes.Where(t => BenchmarkMethods(t).Any(m => m.GetCustomAttribute<HandWrittenWarmupAttribute>() is not null)))
        {
            var count = type.GetCustomAttribute<HandWrittenWarmupCountAttribute>();
            Assert.True(count is not null, $"{type.Name} has hand-written rows but no [HandWrittenWarmupCount]");
        }
    }

    [Fact]
    public void The_PostgreSQL_cases_fit_the_suites_budget()
    {
        var cases = PostgresClasses.Sum(t => BenchmarkMethods(t).Count() * Transports(t).Count());
        Assert.InRange(cases, 1, CaseBudget);
    }

    [Fact]
    public void The_load_class_offers_the_pooled_by_key_read_at_three_shares_of_capacity_over_TCP()
    {
        var type = Assert.Single(LoadClasses);
        var method = Assert.Single(BenchmarkMethods(type));
        Assert.Equal(typeof(PerfLab.Load.LoadResult), method.ReturnType);
        Assert.True(HasTechnique(ScenarioType(type), nameof(PostgresCustomerById.AdoPooledAsync)));
        Assert.NotNull(type.GetProperty("Load")!.GetCustomAttribute<ParamsAllValuesAttribute>());
        Assert.Equal(3, Enum.GetValues<PerfLab.Load.LoadLevel>().Length);
        Assert.Null(type.GetProperty("Transport"));
    }

    [Fact]
    public void An_existing_server_without_a_socket_skips_the_Unix_socket_transport_with_a_reason()
    {
        Assert.Null(Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable));
        Assert.Equal([PostgresTransport.Tcp, PostgresTransport.UnixSocket], PostgresCustomerByIdBenchmarks.TransportValues());
        try
        {
            Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, "Host=127.0.0.1;Port=1;Username=nobody");
            Assert.Equal([PostgresTransport.Tcp], PostgresCustomerByIdBenchmarks.TransportValues());
            Assert.Contains(LabSkips.All, s => s.Key == Categories.Orm.ById && s.Value.Contains(PostgresServer.UnixSocketConnectionStringVariable, StringComparison.Ordinal));
            Environment.SetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable, "Host=/tmp;Username=nobody");
            Assert.Equal([PostgresTransport.Tcp, PostgresTransport.UnixSocket], PostgresCustomerByIdBenchmarks.TransportValues());
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, null);
            Environment.SetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable, null);
        }
    }

    private static IEnumerable<PostgresTransport> Transports(Type type) =>
        type.GetMethod("TransportValues") is { } values ? (IEnumerable<PostgresTransport>)values.Invoke(null, null)! : [PostgresTransport.Tcp];

    private static bool HasTechnique(Type scenario, string name) => scenario.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == name);

    private static MethodInfo Baseline(Type type) => BenchmarkMethods(type).Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);

    /// <summary>The scenario a benchmark class runs: the type its <c>Open</c> override returns (a covariant return).</summary>
    internal static Type ScenarioType(Type benchmark) =>
        benchmark.GetMethod("Open", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)?.ReturnType
        ?? throw new InvalidOperationException($"{benchmark.Name} does not open its scenario");
}
