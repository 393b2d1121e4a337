namespace PerfLab.Lab.Tests;

/// <summary>The real process runner, on a stub child (sh): arguments as given, output relayed line by line, Ctrl-C kills the tree.</summary>
public class ChildProcessRunnerTests
{
    private static ProcessSpec Shell(string script, IReadOnlyDictionary<string, string>? environment = null) =>
        new("sh", ["-c", script, "stub", "--filter", "*"], Path.GetTempPath(), environment ?? new Dictionary<string, string>());

    [Fact]
    public async Task Relays_output_and_error_lines_and_returns_the_exit_code()
    {
        var output = new List<string>();
        var error = new List<string>();
        // "$2" is "*": passed as one argument, never expanded by a shell on the way.
        var code = await new ChildProcessRunner().RunAsync(Shell("echo \"$1 $2 $PERFLAB_COMMIT\"; echo oops >&2; exit 3", new Dictionary<string, string> { ["PERFLAB_COMMIT"] = "abc" }),
            output.Add, error.Add, CancellationToken.None);

        Assert.Equal(3, code);
        Assert.Equal(["--filter * abc"], output);
        Assert.Equal(["oops"], error);
    }

    [Fact]
    public async Task Cancellation_kills_the_child_and_its_children()
    {
        using var stop = new CancellationTokenSource();
        var pidFile = Path.GetTempFileName();
        try
        {
            // The child starts a grandchild (like BenchmarkDotNet's per-case processes) and reports in.
            var run = new ChildProcessRunner().RunAsync(Shell($"sleep 300 & echo $! > {pidFile}; echo started; wait"),
                line => { if (line == "started") stop.Cancel(); }, _ => { }, stop.Token);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            var grandchild = int.Parse(File.ReadAllText(pidFile).Trim());
            Assert.False(IsRunning(grandchild), "the grandchild outlived the cancelled run");
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    /// <summary>Alive and not a zombie (a killed orphan may wait a moment for its new parent to reap it).</summary>
    private static bool IsRunning(int pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat)) return false;
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..][0];
            if (state is 'Z' or 'X') return false;
            Thread.Sleep(20);
        }
        return true;
    }
}
