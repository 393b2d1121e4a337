namespace PerfLab.Caching;

/// <summary>
/// Wraps the origin a cache loads from: counts every load (a cache's misses, a stampede's loader calls) and can make
/// each load slow first, as a remote service or a heavy query would be.
/// </summary>
public sealed class CountingReader(ICustomerReader inner, Func<CancellationToken, Task>? beforeLoad = null) : ICustomerReader
{
    private long _calls;

    /// <summary>A reader whose every load first waits <paramref name="delay"/> (the stampede's slow loader).</summary>
    public static CountingReader Slow(ICustomerReader inner, TimeSpan delay) => new(inner, ct => Task.Delay(delay, ct));

    public long Calls => Interlocked.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return beforeLoad is null ? inner.GetAsync(id, cancellationToken) : LoadSlowlyAsync(id, cancellationToken);
    }

    private async ValueTask<Customer> LoadSlowlyAsync(long id, CancellationToken cancellationToken)
    {
        await beforeLoad!(cancellationToken).ConfigureAwait(false);
        return await inner.GetAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
