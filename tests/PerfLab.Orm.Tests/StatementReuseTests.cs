using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Orm;
using PerfLab.Orm.Scenarios;
using SQLitePCL;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Orm.Tests;

/// <summary>
/// The read comparisons' baseline is hand-coded ADO.NET, which compiles its statement on every call as Dapper and EF
/// Core do; only rows named StatementReuse keep a prepared statement between calls. Reuse is observed in SQLite
/// itself: a statement still alive on the connection after a call, having run, was kept for the next one.
/// </summary>
public sealed class StatementReuseTests : IDisposable
{
    /// <summary>sqlite3_stmt_status's count of runs of a statement (SQLITE_STMTSTATUS_RUN).</summary>
    private const int RunCount = 6;

    private static readonly Type[] ReadBenchmarks =
        [typeof(CustomerByIdBenchmarks), typeof(OrderLinesByProductBenchmarks), typeof(CustomerOrdersBenchmarks), typeof(CustomerProjectionBenchmarks)];

    private readonly OrmDatabase _db = new();

    // SQLitePCLRaw tracks a connection's statements (for sqlite3_next_stmt) only once asked, before any is prepared.
    public StatementReuseTests() => _db.Access.Connection.Handle!.enable_sqlite3_next_stmt(true);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Only_techniques_named_StatementReuse_keep_a_statement_between_calls()
    {
        var scenarios = new object[]
        {
            new CustomerById(_db.Access), new OrderLinesByProduct(_db.Access), new CustomerOrders(_db.Access), new CustomerProjection(_db.Access),
        };
        var checkedTechniques = 0;
        foreach (var scenario in scenarios)
        {
            foreach (var method in AdoConnectionTechniques(scenario.GetType()))
            {
                ResetRunCounts();
                method.Invoke(scenario, [1L]);
                method.Invoke(scenario, [2L]);
                Assert.True(method.Name.Contains("StatementReuse", StringComparison.Ordinal) == KeptStatementRan(),
                    $"{scenario.GetType().Name}.{method.Name}: named {(method.Name.Contains("StatementReuse", StringComparison.Ordinal) ? "" : "not ")}StatementReuse, " +
                    $"but {(KeptStatementRan() ? "kept" : "did not keep")} a statement");
                checkedTechniques++;
            }
        }
        Assert.True(checkedTechniques >= 25, $"only {checkedTechniques} techniques checked");
        foreach (var scenario in scenarios) (scenario as IDisposable)?.Dispose();
    }

    [Fact]
    public void Every_read_comparison_has_hand_coded_ADO_NET_as_its_baseline()
    {
        foreach (var type in ReadBenchmarks)
        {
            var baseline = BenchmarkMethods(type).Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Name;
            var technique = baseline[(baseline.IndexOf('_') + 1)..];
            Assert.StartsWith("Ado", technique, StringComparison.Ordinal);
            Assert.DoesNotContain("StatementReuse", technique, StringComparison.Ordinal);
            // The baseline calls the scenario's technique of the same name, which the test above proves compiles per call.
            var scenario = PostgresSuiteShapeTests.ScenarioType(type);
            Assert.Contains(AdoConnectionTechniques(scenario), m => m.Name == technique);
        }
    }

    [Fact]
    public void Every_category_is_declared_and_none_reuses_a_retired_ID()
    {
        var live = typeof(Categories).GetNestedTypes().Where(t => t != typeof(Categories.Retired)).SelectMany(Constants).ToArray();
        var retired = Constants(typeof(Categories.Retired)).ToArray();
        Assert.Empty(live.Intersect(retired));
        Assert.Equal(live.Length, live.Distinct().Count());

        var used = typeof(OrmBenchmark).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<BenchmarkCategoryAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.Categories);
        Assert.All(used, c => Assert.Contains(c, Constants(typeof(Categories.Orm))));
        Assert.DoesNotContain(BenchmarkIds(typeof(OrmBenchmark).Assembly), Categories.Retired.IsRetired);
    }

    /// <summary><c>Namespace.Type.Method</c> of every benchmark in an assembly.</summary>
    internal static IEnumerable<string> BenchmarkIds(Assembly assembly) =>
        assembly.GetTypes().SelectMany(t => BenchmarkMethods(t).Select(m => $"{t.FullName}.{m.Name}"));

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!);


    /// <summary>The techniques on the shared ADO.NET connection (all but the SQLitePCLRaw floor, which is on its own).</summary>
    private static IEnumerable<MethodInfo> AdoConnectionTechniques(Type scenario) =>
        OrmDatabase.TechniqueMethods(scenario)
            .Where(m => m.GetParameters() is [{ ParameterType: var p }] && p == typeof(long) && !m.Name.StartsWith("Raw", StringComparison.Ordinal));

    private void ResetRunCounts()
    {
        foreach (var statement in LiveStatements()) raw.sqlite3_stmt_status(statement, RunCount, 1);
    }

    private bool KeptStatementRan() => LiveStatements().Any(statement => raw.sqlite3_stmt_status(statement, RunCount, 0) > 0);

    private IEnumerable<sqlite3_stmt> LiveStatements()
    {
        var handle = _db.Access.Connection.Handle!;
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            yield return statement;
        }
    }
}
