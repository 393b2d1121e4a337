namespace PerfLab.Caching;

/// <summary>
/// A cache stampede: many concurrent callers read the same cold key at once, each on its own thread-pool work item as
/// concurrent requests would. Whether the origin is loaded once or once per caller is up to the cache.
/// </summary>
public static class Stampede
{
    /// <param name="allStarted">
    /// Called once every caller's read has been issued (and so has either started a load or joined one): a test
    /// releases a gated loader here, which makes the loader-call count deterministic.
    /// </param>
    public static async Task<Customer[]> RunAsync(ICustomerReader reader, long id, int callers, Action? allStarted = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(callers, 1);
        var started = 0;
        var reads = new Task<Customer>[callers];
        for (var i = 0; i < callers; i++)
        {
            reads[i] = Task.Run(() =>
            {
                var read = reader.GetAsync(id, cancellationToken).AsTask();
                if (Interlocked.Increment(ref started) == callers) allStarted?.Invoke();
                return read;
            }, cancellationToken);
        }
        return await Task.WhenAll(reads).ConfigureAwait(false);
    }
}
