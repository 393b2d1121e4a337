using System.Reflection;
using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;

namespace PerfLab.Orm.Tests;

/// <summary>
/// A small private database (built fresh, so tests share no template and no state) with every technique's
/// connections, plus the generator that built it: the expected rows come from the generator, never from one of
/// the techniques under test.
/// </summary>
public sealed class OrmDatabase : IDisposable
{
    /// <summary>300 customers: 50 products with ~100 lines each, ~4 orders per customer; built in milliseconds.</summary>
    public const int Scale = 300;

    private readonly LabDatabase _database;

    public OrmDatabase()
    {
        _database = LabDatabase.Create(new DatabaseSpec(CommerceSchema.Instance, Scale), DatabaseReuse.Fresh);
        Access = new DataAccess(_database);
        Data = new CommerceDataGenerator(Scale);
    }

    public DataAccess Access { get; }
    public CommerceDataGenerator Data { get; }

    public void Dispose()
    {
        Access.Dispose();
        _database.Dispose();
    }

    /// <summary>
    /// Every technique of a scenario: its public methods taking the scenario's key and returning its result type, the
    /// engine's own and those both engines share (declared on its base), found by reflection so a technique added
    /// later is tested without editing the tests.
    /// </summary>
    public static IReadOnlyList<(string Name, Func<long, TResult> Run)> Techniques<TScenario, TResult>(TScenario scenario)
        where TScenario : notnull =>
        TechniqueMethods(typeof(TScenario))
            .Where(m => m.ReturnType == typeof(TResult) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(long))
            .Select(m => (m.Name, (Func<long, TResult>)m.CreateDelegate(typeof(Func<long, TResult>), scenario)))
            .ToArray();

    /// <summary>The write techniques of a scenario: public parameterless methods returning the rows written.</summary>
    public static IReadOnlyList<(string Name, Func<int> Run)> Writes<TScenario>(TScenario scenario) where TScenario : notnull =>
        TechniqueMethods(typeof(TScenario))
            .Where(m => m.ReturnType == typeof(int) && m.GetParameters().Length == 0 && !m.IsSpecialName)
            .Select(m => (m.Name, (Func<int>)m.CreateDelegate(typeof(Func<int>), scenario)))
            .ToArray();

    /// <summary>The public instance methods a scenario declares or inherits from its engine-independent base (not <see cref="object"/>'s).</summary>
    public static IEnumerable<MethodInfo> TechniqueMethods(Type scenario) =>
        scenario.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.DeclaringType != typeof(object));
}
