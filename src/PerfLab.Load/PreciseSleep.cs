using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PerfLab.Load;

/// <summary>
/// Waits until a Stopwatch timestamp with microsecond precision: sleeps while the time is far and spins the last
/// stretch. Thread.Sleep and Task.Delay only know whole milliseconds (and overshoot by more), too coarse for rates
/// above about a thousand requests per second; nanosleep wakes within the thread's timer slack, which
/// <see cref="PrepareThread"/> lowers from Linux's default 50 µs to the minimum, so the spun stretch can stay short.
/// </summary>
internal static class PreciseSleep
{
    /// <summary>The stretch spun rather than slept: above a typical wake-up delay (tens of µs), short enough to leave the core to others.</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 10_000; // 100 µs

    private const int PrSetTimerSlack = 29;

    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;
    private static bool nativeSleep = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "nanosleep")]
    private static extern int NanoSleep(in Timespec request, IntPtr remaining);

    [DllImport("libc", EntryPoint = "prctl")]
    private static extern int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    /// <summary>Whether sleeps go through nanosleep (false: whole-millisecond Thread.Sleep, then spinning).</summary>
    public static bool UsesNanosleep => nativeSleep;

    /// <summary>Lowers the calling thread's timer slack to 1 ns on Linux (it is per thread), so its sleeps end on time.</summary>
    public static void PrepareThread()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            Prctl(PrSetTimerSlack, 1, 0, 0, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Sleeps wake up to 50 µs later than asked; the spun stretch absorbs most of it.
        }
    }

    /// <summary>Returns at or just after the Stopwatch <paramref name="timestamp"/>.</summary>
    public static void Until(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            if (remaining > SpinTicks) Sleep(remaining - SpinTicks);
            else Thread.SpinWait(20);
        }
    }

    private static void Sleep(long ticks)
    {
        if (nativeSleep)
        {
            var ns = (long)(ticks * NanosecondsPerTick);
            try
            {
                // An interrupted sleep (EINTR) just returns early: the caller's loop sleeps again.
                NanoSleep(new Timespec { Seconds = (nint)(ns / 1_000_000_000), Nanoseconds = (nint)(ns % 1_000_000_000) }, IntPtr.Zero);
                return;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                nativeSleep = false;
            }
        }
        // Without nanosleep: whole milliseconds while at least two remain, then spin.
        var ms = (int)(ticks * 1000 / Stopwatch.Frequency) - 1;
        if (ms >= 1) Thread.Sleep(ms);
        else Thread.SpinWait(20);
    }
}
