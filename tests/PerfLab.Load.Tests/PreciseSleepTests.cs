using System.Diagnostics;

namespace PerfLab.Load.Tests;

/// <summary>The scheduler's wait: never early, and through nanosleep where the platform has it.</summary>
public sealed class PreciseSleepTests
{
    [Fact]
    public void Until_NeverReturnsEarly_AndUsesNanosleepOnLinux()
    {
        PreciseSleep.PrepareThread();
        for (var i = 0; i < 50; i++)
        {
            var target = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 2_000 * (i % 5); // 0 to 2 ms ahead
            PreciseSleep.Until(target);
            Assert.True(Stopwatch.GetTimestamp() >= target);
        }
        if (OperatingSystem.IsLinux()) Assert.True(PreciseSleep.UsesNanosleep, "libc's nanosleep did not load");
    }
}
