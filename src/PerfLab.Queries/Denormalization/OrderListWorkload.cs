namespace PerfLab.Queries.Denormalization;

/// <summary>
/// The inputs the order-list benchmarks rotate over, read from the database at setup (a few thousand primary-key
/// reads, not a million generated rows), the same for every variant because every variant holds the same data.
/// </summary>
/// <remarks>
/// Writes must not make one iteration measure something else than the last. A rename cycle renames
/// <see cref="Customers"/> shuffled customers to "name (renamed)" and then, in the second half of the cycle, back to
/// their own names, so the table's names (and row sizes) alternate between two states and never drift. Inserted
/// orders copy the customer, time, status and total of sampled existing orders under new ids above the largest, so
/// they land all over the OrderedAt index as real orders would; the table grows by the orders inserted (each
/// process inserts a few hundred thousand into a million-row table: the B-trees keep their depth).
/// </remarks>
public static class OrderListWorkload
{
    public const int Customers = 4096;
    public const int Pages = 4096;
    public const string RenamedSuffix = " (renamed)";

    /// <summary>Pairs of customer id and the name to set, each customer renamed and later renamed back.</summary>
    public static KeyCycle<(long Id, string Name)> Renames(QueryLab lab, int customers = Customers)
    {
        var ids = ShuffledIds(lab.CustomerCount, customers);
        var names = ids.Select(id => ReadName(lab, id)).ToArray();
        return new KeyCycle<(long, string)>(
            ids.Select((id, i) => (id, names[i] + RenamedSuffix)).Concat(ids.Select((id, i) => (id, names[i]))));
    }

    /// <summary>Keys of random positions in the list: the key of a random order, so its page starts right after it.</summary>
    public static KeyCycle<PageKey> PageStarts(QueryLab lab, int pages = Pages) =>
        new(SampleOrders(lab, pages).Select(o => o.Key));

    /// <summary>An endless supply of new orders: sampled orders' contents under increasing new ids.</summary>
    public static NewOrders NewOrders(QueryLab lab, int samples = Customers) =>
        new(SampleOrders(lab, samples), lab.Scalar("SELECT max(Id) FROM Orders") + 1);

    private static OrderRow[] SampleOrders(QueryLab lab, int count)
    {
        var orders = lab.Scalar("SELECT count(*) FROM Orders");
        using var command = lab.Prepare($"SELECT {OrderRow.Columns} FROM Orders WHERE Id = $id", "$id");
        return ShuffledIds((int)orders, count).Select(id =>
        {
            command.Parameters[0].Value = id;
            using var reader = command.ExecuteReader();
            reader.Read();
            return OrderRow.Read(reader);
        }).ToArray();
    }

    private static long[] ShuffledIds(int rows, int count)
    {
        var ids = Enumerable.Range(1, rows).Select(i => (long)i).ToArray();
        new Random(CommerceDataGenerator.DefaultSeed).Shuffle(ids);
        return ids[..Math.Min(count, rows)];
    }

    private static string ReadName(QueryLab lab, long id)
    {
        using var command = lab.NewCommand("SELECT Name FROM Customers WHERE Id = $id", ("$id", id));
        return (string)command.ExecuteScalar()!;
    }
}
