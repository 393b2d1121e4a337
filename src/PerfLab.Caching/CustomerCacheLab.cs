using PerfLab.Data.Sqlite;

namespace PerfLab.Caching;

/// <summary>Every cache the suite compares, by name (a benchmark row or a test case).</summary>
public enum CacheTechnique
{
    ConcurrentDictionary,
    MemoryCache,
    LockPerKey,
    HybridCacheImmutable,
    HybridCacheMutable,
    VersionedKeys,
    Redis,
}

/// <summary>
/// The suite's shared setup, used alike by benchmarks and tests: a private copy of the commerce database, the
/// uncached store over it, and every cache technique built in front of it. Disposing it disposes everything it made,
/// including the private redis-server if one was started.
/// </summary>
public sealed class CustomerCacheLab : IDisposable
{
    /// <summary>Customers in the benchmarks' database: enough keys for a long-tailed key stream and for misses to stay misses.</summary>
    public const int BenchmarkScale = 10_000;

    /// <summary>A time to live no benchmark outlives, so nothing expires unless a scenario makes it.</summary>
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(30);

    private readonly List<IDisposable> _owned = [];
    private readonly List<string> _built = [];
    private RedisServer? _redisServer;

    /// <summary>The private redis-server's process once a Redis cache was created; null before.</summary>
    public int? RedisProcessId => _redisServer?.ProcessId;
    private ConnectionMultiplexer? _redisConnection;

    private CustomerCacheLab(LabDatabase database)
    {
        Database = database;
        Store = new SqliteCustomerStore(database);
        CustomerIds = Enumerable.Range(1, database.Spec.Scale).Select(i => (long)i).ToArray();
    }

    public LabDatabase Database { get; }

    /// <summary>The uncached read (and the write path): every read goes to SQLite.</summary>
    public SqliteCustomerStore Store { get; }

    /// <summary>Every customer id in the database (1..scale).</summary>
    public IReadOnlyList<long> CustomerIds { get; }

    /// <summary>
    /// The techniques built so far, by name (a <see cref="CacheTechnique"/> or a <see cref="WritePolicy"/>): how a test
    /// proves a benchmark process built only the technique it measures.
    /// </summary>
    public IReadOnlyList<string> Built => _built;

    public static CustomerCacheLab Create(int scale) =>
        new(LabDatabase.Create(new DatabaseSpec(CommerceSchema.Instance, scale)));

    /// <summary>The customers with these ids, read from the database.</summary>
    public Customer[] ReadCustomers(IEnumerable<long> ids) => ids.Select(Store.Read).ToArray();

    /// <summary>A new, empty cache of the given technique.</summary>
    /// <param name="origin">What it loads from on a miss (default: <see cref="Store"/>). Versioned keys write too, so they take the store only.</param>
    /// <param name="time">The clock entries expire by (default: the system clock). Redis keeps its own time.</param>
    /// <param name="timeToLive">Default: <see cref="DefaultTimeToLive"/>.</param>
    public ICustomerCache CreateCache(CacheTechnique technique, ICustomerReader? origin = null, TimeProvider? time = null,
        TimeSpan? timeToLive = null)
    {
        var source = origin ?? Store;
        var ttl = timeToLive ?? DefaultTimeToLive;
        _built.Add(technique.ToString());
        return technique switch
        {
            CacheTechnique.ConcurrentDictionary => new ConcurrentDictionaryCache(source),
            CacheTechnique.MemoryCache => new MemoryCacheAside(Own(MemoryCaches.Create(time)), source, ttl),
            CacheTechnique.LockPerKey => new LockPerKeyCache(Own(MemoryCaches.Create(time)), source, ttl),
            CacheTechnique.HybridCacheImmutable => new ImmutableHybridCustomerCache(Own(HybridCacheHost.Create(ttl, time)).Cache, source),
            CacheTechnique.HybridCacheMutable => new HybridCustomerCache(Own(HybridCacheHost.Create(ttl, time)).Cache, source),
            CacheTechnique.VersionedKeys => origin is null
                ? NewVersionedKeyCache(time, ttl)
                : throw new ArgumentException("versioned keys read and write through the store; no other origin", nameof(origin)),
            CacheTechnique.Redis => new RedisCustomerCache(EmptyRedisDatabase(), source, ttl),
            _ => throw new ArgumentOutOfRangeException(nameof(technique), technique, null),
        };
    }

    /// <summary>A cache with a write policy, on the given clock (the read/write mix's).</summary>
    public WritePolicyCache CreateWritePolicyCache(WritePolicy policy, TimeProvider time, TimeSpan timeToLive)
    {
        _built.Add(policy.ToString());
        return Own(new WritePolicyCache(Own(MemoryCaches.Create(time)), Store, timeToLive, policy));
    }

    /// <summary>A versioned-key cache on the given clock (the read/write mix's; null: the system clock).</summary>
    public VersionedKeyCache CreateVersionedKeyCache(TimeProvider? time, TimeSpan timeToLive)
    {
        _built.Add(nameof(CacheTechnique.VersionedKeys));
        return NewVersionedKeyCache(time, timeToLive);
    }

    private VersionedKeyCache NewVersionedKeyCache(TimeProvider? time, TimeSpan timeToLive) => new(Own(MemoryCaches.Create(time)), Store, timeToLive);

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--) _owned[i].Dispose();
        _redisConnection?.Dispose();
        _redisServer?.Dispose();
        Store.Dispose();
        Database.Dispose();
    }

    /// <summary>The private redis-server's database, flushed so the new cache starts empty. Starts the server on first use.</summary>
    private IDatabase EmptyRedisDatabase()
    {
        _redisServer ??= RedisServer.Start();
        _redisConnection ??= _redisServer.Connect();
        _redisConnection.GetServer(_redisServer.Endpoint).FlushDatabase();
        return _redisConnection.GetDatabase();
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
