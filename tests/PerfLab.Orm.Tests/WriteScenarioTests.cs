using PerfLab.Data.Domain;
using PerfLab.Data.Rows;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Tests;

/// <summary>
/// Fairness of the write comparisons: every technique leaves exactly the same rows, and Reset returns the database
/// to its built state, so each benchmark invocation starts from the same data.
/// </summary>
public sealed class WriteScenarioTests : IDisposable
{
    private readonly OrmDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void CustomerInsert_every_technique_writes_the_same_rows_and_reset_removes_them()
    {
        using var scenario = new CustomerInsert(_db.Access);
        var techniques = OrmDatabase.Writes(scenario);
        Assert.Equal(5, techniques.Count);
        var built = Customers();
        Assert.Equal(Enumerable.Range(OrmDatabase.Scale + 1, CustomerInsert.RowCount).Select(i => (long)i), scenario.Rows.Select(c => c.Id));

        foreach (var (name, run) in techniques)
        {
            Assert.Equal(CustomerInsert.RowCount, run());
            Assert.True(built.Concat(scenario.Rows).SequenceEqual(Customers()), $"{name} left different rows");
            scenario.Reset();
            Assert.True(built.SequenceEqual(Customers()), $"Reset after {name} did not restore the built rows");
        }
    }

    [Fact]
    public void LoyaltyUpdate_every_technique_adds_the_bonus_to_the_range_only_and_reset_restores_it()
    {
        using var scenario = new LoyaltyUpdate(_db.Access);
        var techniques = OrmDatabase.Writes(scenario);
        Assert.Equal(3, techniques.Count);
        var built = Customers();
        var expected = built.Select(c => c.Id <= scenario.Last ? c with { LoyaltyPoints = c.LoyaltyPoints + LoyaltyUpdate.Bonus } : c).ToList();
        Assert.Equal(OrmDatabase.Scale, scenario.Last); // the small test table is updated whole

        foreach (var (name, run) in techniques)
        {
            Assert.Equal((int)scenario.Last, run());
            Assert.True(expected.SequenceEqual(Customers()), $"{name} left different rows");
            scenario.Reset();
            Assert.True(built.SequenceEqual(Customers()), $"Reset after {name} did not restore the built rows");
        }
    }

    /// <summary>Every customer row, read with the hand-written mapper (itself checked against the generator).</summary>
    private List<Customer> Customers()
    {
        using var command = _db.Access.PrepareCommand($"SELECT {RowMapper.CustomerColumns} FROM Customers ORDER BY Id");
        using var reader = command.ExecuteReader();
        var customers = new List<Customer>();
        while (reader.Read()) customers.Add(RowMapper.Customer(new AdoRow(reader)));
        return customers;
    }
}
