using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PerfLab.Machine;

/// <summary>
/// A few short, fixed measurements of the machine's speed, taken at the start of every round (about a second in all):
/// how fast it runs a CPU-bound loop, copies memory, takes a page fault on fresh memory and makes a write durable.
/// A machine of one kind slows these by different factors, and so moves ratios between techniques bound by different
/// resources; recorded beside the results, they say how the machine compared and show a round run while it was unusual.
/// Each is the best (least disturbed) of a few repetitions, except the fsync probe, whose median is the typical price.
/// </summary>
public static class MachineProbes
{
    public const string CpuLoopNanoseconds = "CpuLoopNanoseconds";
    public const string MemoryCopyGBps = "MemoryCopyGBps";
    public const string PageFaultMicroseconds = "PageFaultMicroseconds";
    public const string FsyncMicroseconds = "FsyncMicroseconds";

    /// <summary>Runs every probe; <paramref name="scratchDirectory"/> holds the fsync probe's file (the lab's database files live under the temp folder too).</summary>
    public static IReadOnlyDictionary<string, double> Measure(string? scratchDirectory = null) =>
        new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            [CpuLoopNanoseconds] = CpuLoop(),
            [MemoryCopyGBps] = MemoryCopy(),
            [PageFaultMicroseconds] = PageFault(),
            [FsyncMicroseconds] = Fsync(scratchDirectory ?? Path.GetTempPath()),
        };

    /// <summary>Nanoseconds per step of a dependent integer loop (xorshift): the core's speed, no memory traffic.</summary>
    public static double CpuLoop()
    {
        const int steps = 4_000_000;
        var best = double.MaxValue;
        ulong state = 88172645463325252UL;
        for (var repeat = 0; repeat < 5; repeat++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < steps; i++)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
            }
            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / steps);
        }
        GC.KeepAlive(state);
        return best;
    }

    /// <summary>GB/s copying 64 MiB between two buffers already in memory: bandwidth well past every cache.</summary>
    public static double MemoryCopy()
    {
        const int size = 64 << 20;
        var source = GC.AllocateUninitializedArray<byte>(size);
        var destination = GC.AllocateUninitializedArray<byte>(size);
        source.AsSpan().Fill(1);
        destination.AsSpan().Fill(2);
        var best = double.MaxValue;
        for (var repeat = 0; repeat < 5; repeat++)
        {
            var clock = Stopwatch.StartNew();
            source.AsSpan().CopyTo(destination);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return size / best / 1e9;
    }

    /// <summary>
    /// Microseconds per first touch of a 4 KiB page of fresh memory: what a row pays for every page of newly committed
    /// memory it writes (a large object the GC has just been given by the OS). 64 MiB is past glibc's largest mmap
    /// threshold, so each repetition maps memory the process has never touched, and unmapping returns it.
    /// </summary>
    public static unsafe double PageFault()
    {
        const int size = 64 << 20, page = 4096;
        var best = double.MaxValue;
        for (var repeat = 0; repeat < 3; repeat++)
        {
            var memory = (byte*)NativeMemory.Alloc(size);
            try
            {
                var clock = Stopwatch.StartNew();
                for (var offset = 0; offset < size; offset += page) memory[offset] = 1;
                best = Math.Min(best, clock.Elapsed.TotalMicroseconds / (size / page));
            }
            finally
            {
                NativeMemory.Free(memory);
            }
        }
        return best;
    }

    /// <summary>Median microseconds of one 4 KiB write made durable (fsync) in <paramref name="directory"/>.</summary>
    public static double Fsync(string directory)
    {
        var path = Path.Combine(directory, $"perflab-probe-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        var block = new byte[4096];
        var times = new double[21];
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            for (var i = 0; i < times.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                file.Position = 0;
                file.Write(block);
                file.Flush(flushToDisk: true);
                times[i] = clock.Elapsed.TotalMicroseconds;
            }
        }
        finally
        {
            File.Delete(path);
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }
}
