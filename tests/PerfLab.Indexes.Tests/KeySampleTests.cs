using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite.IndexVariants;

namespace PerfLab.Indexes.Tests;

public sealed class KeySampleTests
{
    [Fact]
    public void Random_keys_are_distinct_and_ids_and_emails_name_the_same_customers()
    {
        var sample = CustomerKeySample.Create(rows: 1_000, keyCount: 300, rangeLength: 50);
        var customers = new CommerceDataGenerator(1_000).Customers().ToArray();

        Assert.Equal(300, sample.RandomIds.Distinct().Count());
        Assert.Equal(sample.RandomIds.Select(id => customers[(long)id - 1].Email), sample.RandomEmails);
        Assert.NotEqual(sample.RandomIds.Order(), sample.RandomIds); // not in id order
    }

    [Fact]
    public void The_shared_sample_is_built_once_per_size()
    {
        Assert.Same(CustomerKeySample.For(5_000), CustomerKeySample.For(5_000));
    }

    [Fact]
    public void Key_cycle_hands_out_every_key_in_turn_and_wraps()
    {
        var cycle = new KeyCycle<int>([1, 2, 3]);

        Assert.Equal([1, 2, 3, 1, 2], Enumerable.Range(0, 5).Select(_ => cycle.Next()));
    }

    [Fact]
    public void Order_tables_take_a_whole_number_of_customers()
    {
        Assert.Equal(250_000, OrderTableVariant.ScaleForRows(1_000_000));
        Assert.Throws<ArgumentException>(() => OrderTableVariant.ScaleForRows(1_001));
    }
}
