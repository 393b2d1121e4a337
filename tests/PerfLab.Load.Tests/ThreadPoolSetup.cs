using System.Runtime.CompilerServices;

namespace PerfLab.Load.Tests;

/// <summary>
/// Gives the test host's thread pool headroom before any test runs. The runners dispatch every request through the
/// pool; at start-up the test host's own work held the pool's two threads (one per core) blocked for hundreds of
/// milliseconds, and the pool adds a thread only about every half second when starved, so the first run of each test
/// process started its requests up to a second late (its StartDelay said so). A load process should do the same.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinimumThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(io, 16));
    }
}
