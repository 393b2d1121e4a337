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
    public void NextConcurrent_hands_each_key_to_one_caller_per_turn_across_threads()
    {
        var keys = new KeyCycle<int>(Enumerable.Range(0, 1_000));
        var taken = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => taken.Add(keys.NextConcurrent()));
        // Four full turns: every key exactly four times, whatever the interleaving.
        Assert.All(taken.CountBy(k => k), pair => Assert.Equal(4, pair.Value));
        Assert.Equal(1_000, taken.Distinct().Count());
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
