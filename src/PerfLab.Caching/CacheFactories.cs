using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Internal;

namespace PerfLab.Caching;

/// <summary>How the suite builds <see cref="MemoryCache"/>: optionally on a given clock.</summary>
public static class MemoryCaches
{
    /// <param name="time">The clock entries expire by (a fake one in tests and the read/write mix); null for the system clock.</param>
    public static MemoryCache Create(TimeProvider? time = null) => new(new MemoryCacheOptions { Clock = ToClock(time) });

    // IMemoryCache 10.0 still takes the older ISystemClock rather than a TimeProvider.
    internal static ISystemClock? ToClock(TimeProvider? time) => time is null ? null : new TimeProviderClock(time);

    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}

/// <summary>
/// A <see cref="HybridCache"/> built the documented way (<c>services.AddHybridCache()</c>), with its service provider,
/// which owns it. In-process (L1) only: no <c>IDistributedCache</c> is registered.
/// </summary>
public sealed class HybridCacheHost : IDisposable
{
    private readonly ServiceProvider _services;

    private HybridCacheHost(ServiceProvider services)
    {
        _services = services;
        Cache = services.GetRequiredService<HybridCache>();
    }

    public HybridCache Cache { get; }

    /// <param name="timeToLive">Expiration of every entry (L1 and, were there one, L2).</param>
    /// <param name="time">The clock of the L1 memory cache; null for the system clock.</param>
    public static HybridCacheHost Create(TimeSpan timeToLive, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        // AddHybridCache registers IMemoryCache for its L1; configuring it here first sets the clock it expires by.
        services.AddMemoryCache(options => options.Clock = MemoryCaches.ToClock(time));
        services.AddHybridCache(options => options.DefaultEntryOptions = new HybridCacheEntryOptions
        {
            Expiration = timeToLive,
            LocalCacheExpiration = timeToLive,
        });
        return new HybridCacheHost(services.BuildServiceProvider());
    }

    public void Dispose() => _services.Dispose();
}
