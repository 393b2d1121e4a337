using PerfLab.Data.Generation;

namespace PerfLab.Data.Tests;

public sealed class KeyCycleTests
{
    [Fact]
    public void Hands_out_every_key_in_turn_and_wraps()
    {
        var keys = new KeyCycle<int>([5, 6, 7]);
        Assert.Equal([5, 6, 7, 5, 6], Enumerable.Range(0, 5).Select(_ => keys.Next()));
    }

    [Fact]
    public void Shuffled_is_a_seeded_permutation()
    {
        var first = KeyCycle.Shuffled(Enumerable.Range(1, 100), seed: 3);
        var again = KeyCycle.Shuffled(Enumerable.Range(1, 100), seed: 3);
        var order = Enumerable.Range(0, first.Length).Select(_ => first.Next()).ToArray();

        Assert.Equal(order, Enumerable.Range(0, again.Length).Select(_ => again.Next()));
        Assert.Equal(Enumerable.Range(1, 100), order.Order());
        Assert.NotEqual(Enumerable.Range(1, 100), order);
    }

    [Fact]
    public void Shuffled_ids_visit_every_row_once_per_round()
    {
        var keys = KeyCycle.ShuffledIds(1_000);
        var visited = Enumerable.Range(0, 1_000).Select(_ => keys.Next()).ToArray();

        Assert.Equal(Enumerable.Range(1, 1_000).Select(i => (long)i), visited.Order());
        Assert.Equal(visited[0], keys.Next());
    }

    [Fact]
    public void An_empty_cycle_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new KeyCycle<long>([]));
    }
}
