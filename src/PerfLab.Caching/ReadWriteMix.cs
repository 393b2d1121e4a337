using Microsoft.Extensions.Time.Testing;

namespace PerfLab.Caching;

/// <summary>One step of a read/write script: read or write the customer at this index of the mix's customers.</summary>
public readonly record struct MixOperation(int CustomerIndex, bool IsWrite);

/// <summary>
/// Plays a scripted read/write sequence against a repository and counts the stale reads it serves: reads that return
/// a customer other than the one last written. Each write sets a loyalty-point value never used before, so a read is
/// stale exactly when its loyalty points differ from the last value written for that customer.
/// </summary>
/// <remarks>
/// Time is simulated: every operation advances <see cref="Clock"/> by <see cref="Step"/>, and the caches under test
/// expire by that clock, so how many reads a time to live lets go stale depends on the script alone, never on how
/// fast the machine runs it.
/// </remarks>
public sealed class ReadWriteMix
{
    public const int ReadsPerWrite = 9;

    // Generated loyalty points are below 10,000; written values start above them so they never collide.
    private const int FirstWrittenPoints = 1_000_000;

    private readonly Customer[] _customers;
    private readonly MixOperation[] _script;
    private readonly int[] _expectedPoints;
    private readonly FakeTimeProvider _clock;
    private int _cursor;
    private int _writes;

    public ReadWriteMix(IReadOnlyList<Customer> customers, IReadOnlyList<MixOperation> script, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(script);
        if (script.Count == 0) throw new ArgumentException("the script is empty", nameof(script));
        if (script.Any(o => (uint)o.CustomerIndex >= (uint)customers.Count)) throw new ArgumentException("the script names a customer index out of range", nameof(script));
        _customers = customers.ToArray();
        _script = script.ToArray();
        _expectedPoints = _customers.Select(c => c.LoyaltyPoints).ToArray();
        _clock = new FakeTimeProvider();
        Step = step;
    }

    /// <summary>
    /// The suite's mix: every tenth operation a write, keys Zipf-distributed (exponent 1) over the customers, so hot
    /// customers are both read and written most.
    /// </summary>
    public static ReadWriteMix Zipf(IReadOnlyList<Customer> customers, int operations, TimeSpan step, int seed)
    {
        var zipf = new ZipfDistribution(customers.Count, exponent: 1.0);
        var indexes = zipf.Stream(Enumerable.Range(0, customers.Count).Select(i => (long)i).ToArray(), operations, seed);
        var script = indexes.Select((index, i) => new MixOperation((int)index, IsWrite: i % (ReadsPerWrite + 1) == ReadsPerWrite)).ToArray();
        return new ReadWriteMix(customers, script, step);
    }

    /// <summary>The simulated clock the caches under test must expire by.</summary>
    public TimeProvider Clock => _clock;

    public TimeSpan Step { get; }
    public int ScriptLength => _script.Length;
    public long Reads { get; private set; }
    public long StaleReads { get; private set; }
    public long Writes => _writes;

    /// <summary>Plays the next <paramref name="operations"/> steps of the script (wrapping around); returns a checksum of what was read.</summary>
    public async ValueTask<long> RunAsync(ICustomerRepository repository, int operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        long checksum = 0;
        for (var n = 0; n < operations; n++)
        {
            var operation = _script[_cursor];
            _cursor = _cursor + 1 == _script.Length ? 0 : _cursor + 1;
            _clock.Advance(Step);
            var index = operation.CustomerIndex;
            if (operation.IsWrite)
            {
                var points = FirstWrittenPoints + ++_writes;
                await repository.UpdateLoyaltyPointsAsync(_customers[index] with { LoyaltyPoints = points }, cancellationToken).ConfigureAwait(false);
                _expectedPoints[index] = points;
            }
            else
            {
                var customer = await repository.GetAsync(_customers[index].Id, cancellationToken).ConfigureAwait(false);
                Reads++;
                if (customer.LoyaltyPoints != _expectedPoints[index]) StaleReads++;
                checksum += customer.LoyaltyPoints;
            }
        }
        return checksum;
    }
}
