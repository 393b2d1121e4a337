namespace PerfLab.Machine.Tests;

public sealed class CpuPlacementTests
{
    [Fact]
    public void By_default_two_CPUs_are_split_into_the_benchmarks_and_the_servers_and_one_is_shared()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal(new CpuPlacement(CpuPlacement.Split, "0", "1"), CpuPlacement.Decide(null, [0, 1], canPin: true));
        Assert.Equal(new CpuPlacement(CpuPlacement.Split, "0-1", "2-3"), CpuPlacement.Decide("", [3, 2, 1, 0], canPin: true));
        Assert.Equal(new CpuPlacement(CpuPlacement.Shared, null, null), CpuPlacement.Decide(null, [0], canPin: true));
        Assert.Equal(new CpuPlacement(CpuPlacement.Shared, null, null), CpuPlacement.Decide(null, [0, 1], canPin: false));
        Assert.Equal(new CpuPlacement(CpuPlacement.Shared, null, null), CpuPlacement.Decide("Shared", [0, 1], canPin: true));
    }

    [Theory]
    [InlineData("split", "split placement needs two CPUs this process may use (1 here)")]
    [InlineData("pinned", "PERFLAB_PLACEMENT=pinned: expected split or shared")]
    public void A_placement_that_cannot_be_had_or_is_unknown_is_refused_with_its_reason(string setting, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CpuPlacement.Decide(setting, [0], canPin: true));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0-2,5", new[] { 0, 1, 2, 5 }, "0-2,5")]
    [InlineData(" 1 ", new[] { 1 }, "1")]
    [InlineData("0,1,3-4", new[] { 0, 1, 3, 4 }, "0-1,3-4")]
    public void Cpu_lists_read_and_write_in_the_kernels_notation(string text, int[] cpus, string written)
    {
        Assert.Equal(cpus, CpuPlacement.Parse(text));
        Assert.Equal(written, CpuPlacement.Format(cpus));
    }

    [Fact]
    public void A_server_runs_under_taskset_when_split_and_as_it_is_when_shared()
    {
        Assert.Equal(["/usr/bin/taskset", "-c", "1", "redis-server", "--port", "1"], new CpuPlacement(CpuPlacement.Split, "0", "1").Wrap(["redis-server", "--port", "1"]));
        Assert.Equal(["redis-server"], new CpuPlacement(CpuPlacement.Shared, null, null).Wrap(["redis-server"]));
    }

    [Fact]
    public void The_placement_line_round_trips_and_the_last_one_counts()
    {
        var lines = new List<string> { "noise" };
        CpuPlacement.Report(new PlacementRecord("shared", "Redis", "0-1", "0-1"), lines.Add);
        CpuPlacement.Report(new PlacementRecord("split", "PostgreSQL", "0", "1"), lines.Add);
        Assert.Equal(new PlacementRecord("split", "PostgreSQL", "0", "1"), CpuPlacement.Find(lines));
        Assert.Null(CpuPlacement.Find(["noise", CpuPlacement.LinePrefix + "{not json"]));
    }

    /// <summary>Pinning moves every thread of the process, threads started afterwards included, and the read-back says so.</summary>
    [Fact]
    public void Pinning_moves_every_thread_of_the_process_and_the_kernel_confirms_it()
    {
        if (!OperatingSystem.IsLinux() || CpuPlacement.AllowedCpus("self") is not { Count: >= 2 } allowed) return;
        var original = CpuPlacement.Format(allowed);
        var pinned = new CpuPlacement(CpuPlacement.Split, allowed[0].ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        try
        {
            pinned.PinThisProcess();
            string? later = null;
            var started = new Thread(() => later = CpuPlacement.Format(CpuPlacement.AllowedCpus("thread-self") ?? []));
            started.Start();
            started.Join();

            var record = pinned.ReadBack("test", [Environment.ProcessId]);
            Assert.Equal(pinned.BenchmarkCpus, record.Benchmark);
            Assert.Equal(pinned.BenchmarkCpus, later);
        }
        finally
        {
            new CpuPlacement(CpuPlacement.Split, original, null).PinThisProcess();
        }
        Assert.Equal(original, CpuPlacement.Format(CpuPlacement.AllowedCpus("self")!));
    }

    /// <summary>A case process pinned to one CPU still sees the lab's CPUs (recorded by the bench program, inherited), so it decides as its host did.</summary>
    [Fact]
    public void A_pinned_process_decides_from_the_cpus_the_lab_recorded_not_from_its_own()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/taskset") || Environment.GetEnvironmentVariable(CpuPlacement.Variable) is { Length: > 0 }) return;
        var before = Environment.GetEnvironmentVariable(CpuPlacement.CpusVariable);
        try
        {
            Environment.SetEnvironmentVariable(CpuPlacement.CpusVariable, "0-3");
            Assert.Equal(new CpuPlacement(CpuPlacement.Split, "0-1", "2-3"), CpuPlacement.Current);
            Environment.SetEnvironmentVariable(CpuPlacement.CpusVariable, "zero");
            Assert.Contains("PERFLAB_CPUS=zero: not a CPU list", Assert.Throws<ArgumentException>(() => CpuPlacement.Current).Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CpuPlacement.CpusVariable, before);
        }
    }
}
