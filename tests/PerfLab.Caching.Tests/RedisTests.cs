using System.Net.Sockets;
using PerfLab.Tests.Shared;
using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

/// <summary>The Redis path against a real, private redis-server.</summary>
public sealed class RedisTests : LabTest
{
    [RedisFact]
    public async Task Miss_and_hit_return_the_same_customer_as_the_uncached_read_and_a_hit_does_not_load()
    {
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(CacheTechnique.Redis, origin);
        foreach (var id in (long[])[1, 2, 57, Scale])
        {
            var expected = Lab.Store.Read(id);
            Assert.Equal(expected, await cache.GetAsync(id));
            Assert.Equal(expected, await cache.GetAsync(id));
        }
        Assert.Equal(4, origin.Calls);
    }

    [RedisFact]
    public async Task A_removed_entry_loads_again()
    {
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(CacheTechnique.Redis, origin);
        await cache.GetAsync(8);
        await cache.RemoveAsync(8);
        await cache.GetAsync(8);
        Assert.Equal(2, origin.Calls);
    }

    [RedisFact]
    public async Task Entries_are_stored_with_the_time_to_live()
    {
        using var server = RedisServer.Start();
        using var connection = server.Connect();
        var cache = new RedisCustomerCache(connection.GetDatabase(), Lab.Store, TimeSpan.FromMinutes(3));
        await cache.GetAsync(4);
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(CacheKeys.Customer(4));
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));
    }

    /// <summary>Split placement: redis-server runs on the servers' CPUs (taskset execs it, so its pid is the one started).</summary>
    [RedisFact]
    public void The_server_runs_on_the_placements_server_cpus()
    {
        var placement = PerfLab.Machine.CpuPlacement.Current;
        using var server = RedisServer.Start();

        var record = placement.ReadBack("Redis", [server.ProcessId]);
        var all = PerfLab.Machine.CpuPlacement.Format(PerfLab.Machine.CpuPlacement.AllowedCpus("self")!);
        Assert.Equal(placement.Mode == PerfLab.Machine.CpuPlacement.Split ? placement.ServerCpus : all, record.ServerCpus);
        Assert.Equal("redis-server", File.ReadAllText($"/proc/{server.ProcessId}/comm").Trim());
    }

    [RedisFact]
    public void The_server_is_private_to_loopback_and_gone_after_dispose()
    {
        int port;
        string folder;
        using (var server = RedisServer.Start())
        {
            port = server.Port;
            using var connection = server.Connect();
            Assert.True(connection.GetDatabase().Ping() < TimeSpan.FromSeconds(5));
            Assert.Equal("127.0.0.1", connection.GetServer(server.Endpoint).ConfigGet("bind").Single().Value);
            Assert.Equal("", connection.GetServer(server.Endpoint).ConfigGet("save").Single().Value);
            folder = connection.GetServer(server.Endpoint).ConfigGet("dir").Single().Value;
            Assert.StartsWith("perflab-redis-", Path.GetFileName(folder), StringComparison.Ordinal);
            Assert.NotEmpty(ServerProcesses.In("redis-server", folder));
        }
        using var client = new TcpClient();
        Assert.ThrowsAny<SocketException>(() => client.Connect("127.0.0.1", port));
        Assert.False(Directory.Exists(folder));
        Assert.Empty(ServerProcesses.In("redis-server", folder));
    }
}
