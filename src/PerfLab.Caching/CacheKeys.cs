namespace PerfLab.Caching;

/// <summary>
/// The string keys of the caches that need one (IMemoryCache, HybridCache, Redis). Built on every call, as an
/// application builds them, so their cost is part of each read; <see cref="ConcurrentDictionaryCache"/> keys by the
/// id itself, which is part of why it is the floor.
/// </summary>
public static class CacheKeys
{
    public static string Customer(long id) => $"customer:{id}";

    public static string Customer(long id, long version) => $"customer:{id}:v{version}";
}
