using PerfLab.Data.Generation;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The insert comparison's techniques that are the same on both engines: the same <see cref="RowCount"/> new
/// customers (the generator's next ids, so they never collide and every technique writes the same rows, keys
/// included) through Dapper in one transaction and EF Core's <c>SaveChanges</c>. The engines' classes
/// (<see cref="CustomerInsert"/>, <see cref="Postgres.PostgresCustomerInsert"/>) add their hand-written writes and
/// reset the table between runs.
/// </summary>
public abstract class CustomerInsertTechniques : OrmScenario
{
    public const int RowCount = 1_000;

    private readonly string _sql;

    /// <param name="sql">The engine's INSERT, its parameters named as the columns (Dapper binds the record's properties by those names).</param>
    /// <param name="seed">The seed the database was generated with.</param>
    protected CustomerInsertTechniques(IOrmAccess access, string sql, int seed) : base(access)
    {
        _sql = sql;
        var data = new CommerceDataGenerator(access.Scale + RowCount, seed);
        Rows = data.Customers().Skip(access.Scale).ToArray();
    }

    /// <summary>The rows every technique inserts (not to be changed).</summary>
    public Customer[] Rows { get; }

    /// <summary>Removes the inserted rows, outside the measurement, so every run inserts into the table as built.</summary>
    public abstract void Reset();

    /// <summary>Dapper <c>Execute</c> over the list: it runs the command once per element, in the caller's transaction.</summary>
    public int DapperExecuteTransaction()
    {
        using var transaction = Connection.BeginTransaction();
        var count = Connection.Execute(_sql, Rows, transaction);
        transaction.Commit();
        return count;
    }

    /// <summary>EF Core: add the entities, one <c>SaveChanges</c> (one transaction, commands batched by the provider).</summary>
    public int EfSaveChanges()
    {
        using var context = RentContext();
        context.Customers.AddRange(Rows);
        return context.SaveChanges();
    }
}
