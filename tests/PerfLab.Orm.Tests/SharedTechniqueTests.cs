using PerfLab.Orm.Postgres;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Tests;

/// <summary>
/// A technique both engines run is written once, in the scenario's engine-independent base (Dapper, EF Core) or its
/// generic hand-coded ADO.NET base, unless what it sends truly differs by engine: the provider's parameter objects
/// (<c>FromSqlRaw</c>), or a write prepared per engine (in the client on SQLite, on the server with typed parameters on
/// PostgreSQL).
/// </summary>
public sealed class SharedTechniqueTests
{
    private static readonly string[] EngineOwn = ["EfFromSql", "AdoPreparedTransaction", "AdoSql"];

    [Theory]
    [InlineData(typeof(CustomerById), typeof(PostgresCustomerById))]
    [InlineData(typeof(OrderLinesByProduct), typeof(PostgresOrderLinesByProduct))]
    [InlineData(typeof(CustomerProjection), typeof(PostgresCustomerProjection))]
    [InlineData(typeof(CustomerOrders), typeof(PostgresCustomerOrders))]
    [InlineData(typeof(CustomerInsert), typeof(PostgresCustomerInsert))]
    [InlineData(typeof(LoyaltyUpdate), typeof(PostgresLoyaltyUpdate))]
    public void A_technique_both_engines_run_is_declared_once(Type sqlite, Type postgres)
    {
        var shared = Techniques(sqlite).Intersect(Techniques(postgres)).ToArray();
        Assert.True(shared.Length >= 3, $"{sqlite.Name} and {postgres.Name} share only {string.Join(", ", shared)}");
        foreach (var name in shared.Except(EngineOwn))
        {
            var (own, other) = (Declaring(sqlite, name), Declaring(postgres, name));
            Assert.True(own == other && own != sqlite, $"{name} is declared by {Declaring(sqlite, name).Name} and {Declaring(postgres, name).Name}");
        }
    }

    private static IEnumerable<string> Techniques(Type scenario) =>
        OrmDatabase.TechniqueMethods(scenario).Where(m => !m.IsSpecialName && m.Name != nameof(IDisposable.Dispose) && m.Name != "Reset").Select(m => m.Name);

    // The generic hand-coded base counts as one declaration for both engines.
    private static Type Declaring(Type scenario, string technique)
    {
        var type = scenario.GetMethod(technique)!.DeclaringType!;
        return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
    }
}
