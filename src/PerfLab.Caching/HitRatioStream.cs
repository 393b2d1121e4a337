namespace PerfLab.Caching;

/// <summary>
/// A Zipf-distributed key stream (exponent 1, the classic web skew) on a simulated clock, and the time to live at
/// which cache-aside over it hits a chosen share of reads. The stream repeats with period <see cref="Length"/>;
/// before each read the clock advances by a seeded random step, so the times between two reads of a key are spread
/// finely enough that a time to live can be set to any hit ratio.
/// </summary>
/// <remarks>
/// Whether a read hits depends only on the stream and the time to live, never on the machine: an entry loaded at
/// time t is served until t + ttl (<c>AbsoluteExpirationRelativeToNow</c>, as IMemoryCache decides it), with no size
/// bound and so no eviction timing. <see cref="HitRatio"/> replays that rule over one period in steady state, and
/// <see cref="TimeToLiveFor"/> searches the time to live that reaches a target; the tests check a real
/// <see cref="MemoryCacheAside"/> reaches it too.
/// </remarks>
public sealed class HitRatioStream
{
    /// <summary>Keys the stream draws from: a long tail, few enough that a cache warms quickly.</summary>
    public const int Keys = 2_000;

    /// <summary>The stream's period: long enough that the warm-up and the measured reads see the Zipf mix.</summary>
    public const int Length = 500_000;

    /// <summary>Largest step of the clock between two reads, in ticks; steps are uniform in 1..MaxStep.</summary>
    private const int MaxStep = 1_000;

    private readonly long[] _keys;
    private readonly long[] _steps;
    private readonly SteppedClock _clock = new();
    private int _cursor;

    public HitRatioStream(IReadOnlyList<long> customerIds, int seed)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        _keys = new ZipfDistribution(Keys, exponent: 1.0).Stream([.. customerIds.Take(Keys)], Length, seed);
        var random = new Random(seed);
        _steps = new long[Length];
        for (var i = 0; i < Length; i++) _steps[i] = random.Next(1, MaxStep + 1);
    }

    /// <summary>The clock the cache under test must expire by.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>Reads the next <paramref name="count"/> keys (advancing the clock before each); returns a checksum of what was read.</summary>
    public async ValueTask<long> ReadAsync(ICustomerReader reader, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long checksum = 0;
        for (var i = 0; i < count; i++)
        {
            _clock.Advance(_steps[_cursor]);
            Customer customer = await reader.GetAsync(_keys[_cursor], cancellationToken).ConfigureAwait(false);
            checksum += customer.LoyaltyPoints;
            _cursor = _cursor + 1 == Length ? 0 : _cursor + 1;
        }
        return checksum;
    }

    /// <summary>
    /// The share of reads cache-aside with this time to live serves from the cache, over one period in steady state
    /// (the second time round, so the first period's cold start does not count).
    /// </summary>
    public double HitRatio(TimeSpan timeToLive)
    {
        var expires = new Dictionary<long, long>(Keys);
        long now = 0;
        var hits = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < Length; i++)
            {
                now += _steps[i];
                if (expires.TryGetValue(_keys[i], out var expiry) && now < expiry)
                {
                    if (pass == 1) hits++;
                }
                else
                {
                    expires[_keys[i]] = now + timeToLive.Ticks;
                }
            }
        }
        return (double)hits / Length;
    }

    /// <summary>The time to live at which <see cref="HitRatio"/> first reaches <paramref name="target"/> (bisection on ticks).</summary>
    public TimeSpan TimeToLiveFor(double target)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, 1.0);
        // Below: a time to live shorter than any step never hits. Above: one longer than a whole period always hits
        // on a repeat, the most any time to live can reach.
        long low = 1, high = (long)Length * MaxStep;
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (HitRatio(TimeSpan.FromTicks(middle)) >= target) high = middle;
            else low = middle;
        }
        return TimeSpan.FromTicks(high);
    }
}
