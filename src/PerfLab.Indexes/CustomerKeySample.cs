using System.Collections.Concurrent;

namespace PerfLab.Indexes;

/// <summary>
/// Lookup keys and range bounds drawn from the generated customers of a table of <see cref="Rows"/> rows, precomputed
/// so no benchmark spends its time choosing keys. Ids and emails at the same position name the same customer, so a
/// lookup by id and a lookup by email return the same row.
/// </summary>
/// <remarks>Keys are stored as <see cref="object"/> (boxed once here) because that is what a parameter value is.</remarks>
public sealed class CustomerKeySample
{
    /// <summary>Keys per list: enough that a lookup rarely repeats within a benchmark iteration's worth of calls.</summary>
    public const int DefaultKeyCount = 4096;

    /// <summary>Rows per range read: large enough that per-row costs dominate the fixed cost of a statement.</summary>
    public const int DefaultRangeLength = 1000;

    /// <summary>Fixed seed of the key choice (the data itself comes from the generator's own seed).</summary>
    public const int Seed = 4;

    private static readonly ConcurrentDictionary<int, Lazy<CustomerKeySample>> Shared = new();

    private CustomerKeySample(int rows) => Rows = rows;

    public int Rows { get; }

    /// <summary>Ids of customers in random order.</summary>
    public required object[] RandomIds { get; init; }

    /// <summary>The emails of <see cref="RandomIds"/>, position for position.</summary>
    public required object[] RandomEmails { get; init; }

    /// <summary>Consecutive ids (neighbours in the rowid B-tree), from a random start.</summary>
    public required object[] SequentialIds { get; init; }

    /// <summary>Consecutive emails in email order (neighbours in a B-tree keyed on email), from a random start.</summary>
    public required object[] SequentialEmails { get; init; }

    /// <summary>Bounds of ranges of <see cref="DefaultRangeLength"/> consecutive ids, random starts.</summary>
    public required (object From, object To)[] IdRanges { get; init; }

    /// <summary>Bounds of ranges of consecutive emails (in SQLite's binary order), random starts.</summary>
    public required (object From, object To)[] EmailRanges { get; init; }

    /// <summary>The default sample for a table size, built once per process (a million customers take a second or two).</summary>
    public static CustomerKeySample For(int rows) =>
        Shared.GetOrAdd(rows, r => new Lazy<CustomerKeySample>(() => Create(r, DefaultKeyCount, DefaultRangeLength))).Value;

    public static CustomerKeySample Create(int rows, int keyCount, int rangeLength)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keyCount, rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rangeLength, rows);

        var emails = new string[rows]; // index = id - 1
        foreach (var customer in new CommerceDataGenerator(rows).Customers()) emails[customer.Id - 1] = customer.Email;
        // SQLite's default BINARY collation compares UTF-8 bytes: for the generator's ASCII emails, ordinal order.
        var emailOrder = emails.Order(StringComparer.Ordinal).ToArray();

        var random = new Random(Seed);
        var picked = Enumerable.Range(1, rows).ToArray();
        random.Shuffle(picked);
        var randomIds = picked[..keyCount];
        var idStart = random.Next(1, rows - keyCount + 2);
        var emailStart = random.Next(0, rows - keyCount + 1);
        var rangeStarts = Enumerable.Range(0, keyCount / 16 + 1).Select(_ => random.Next(0, rows - rangeLength + 1)).ToArray();

        return new CustomerKeySample(rows)
        {
            RandomIds = randomIds.Select(id => (object)(long)id).ToArray(),
            RandomEmails = randomIds.Select(id => (object)emails[id - 1]).ToArray(),
            SequentialIds = Enumerable.Range(idStart, keyCount).Select(id => (object)(long)id).ToArray(),
            SequentialEmails = emailOrder[emailStart..(emailStart + keyCount)].Select(e => (object)e).ToArray(),
            IdRanges = rangeStarts.Select(s => ((object)(long)(s + 1), (object)(long)(s + rangeLength))).ToArray(),
            EmailRanges = rangeStarts.Select(s => ((object)emailOrder[s], (object)emailOrder[s + rangeLength - 1])).ToArray(),
        };
    }
}
