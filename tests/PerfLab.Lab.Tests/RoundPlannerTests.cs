namespace PerfLab.Lab.Tests;

public class RoundPlannerTests
{
    private static readonly string[] Units = ["orm", "indexes", "serialization", "caching"];

    [Fact]
    public void Round_k_gets_run_seed_plus_k()
    {
        var plan = RoundPlanner.Plan(Units, rounds: 6, runSeed: 1000);
        Assert.Equal([1, 2, 3, 4, 5, 6], plan.Select(r => r.Index));
        Assert.Equal([1001, 1002, 1003, 1004, 1005, 1006], plan.Select(r => r.Seed));
    }

    [Fact]
    public void Every_unit_runs_exactly_once_per_round()
    {
        foreach (var round in RoundPlanner.Plan(Units, rounds: 20, runSeed: 7))
        {
            Assert.Equal(Units.Order(), round.Order.Order());
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_orders()
    {
        var first = RoundPlanner.Plan(Units, 6, 42).Select(r => string.Join(",", r.Order));
        var again = RoundPlanner.Plan(Units, 6, 42).Select(r => string.Join(",", r.Order));
        Assert.Equal(first, again);
    }

    [Fact]
    public void Orders_differ_between_rounds()
    {
        var orders = RoundPlanner.Plan(Units, 20, 42).Select(r => string.Join(",", r.Order)).Distinct().Count();
        Assert.True(orders > 1, "twenty rounds of four suites all ran in one order");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(RoundPlanner.MaxRounds + 1, 1)]
    [InlineData(6, -1)]
    [InlineData(6, RoundPlanner.MaxRunSeed + 1)]
    public void Out_of_range_rounds_or_seeds_are_refused(int rounds, int runSeed)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundPlanner.Plan(Units, rounds, runSeed));
    }

    [Fact]
    public void Drawn_run_seeds_are_valid()
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.InRange(RoundPlanner.NewRunSeed(), 0, RoundPlanner.MaxRunSeed);
        }
    }
}
