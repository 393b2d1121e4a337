using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

/// <summary>A small private lab per test class instance: tests that write never see each other's writes.</summary>
public abstract class LabTest : IDisposable
{
    /// <summary>Small on purpose: the tests prove behaviour, and a 100-customer database builds in milliseconds.</summary>
    public const int Scale = 100;

    protected CustomerCacheLab Lab { get; } = CustomerCacheLab.Create(Scale);

    public void Dispose()
    {
        Lab.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A fact that needs a real redis-server: skipped, with the reason, when the binary is not installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.UnavailableReason is { } reason) Skip = reason;
    }
}
