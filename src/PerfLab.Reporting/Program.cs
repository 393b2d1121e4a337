using System.CommandLine;
using System.Runtime.InteropServices;
using PerfLab.Reporting.Compare;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting;

/// <summary>
/// <c>perflab-reporting</c>: turns BenchmarkDotNet exports into the lab's pages (<c>report</c>)
/// and compares two sets of runs (<c>compare</c>). Each subcommand is a
/// small class with a <c>Create()</c> factory; add one here with one line.
/// </summary>
public static class Program
{
    public const int Success = 0;
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    public static int Main(string[] args)
    {
        // Ctrl-C (SIGINT) and SIGTERM cancel the work instead of killing the process, so the report can stop before its
        // commit point and keep the old output. A second signal, once cancelling, is not intercepted: it ends the process.
        using var cancellation = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return Run(args, Console.Out, Console.Error, cancellation.Token);
    }

    /// <summary>Runs the tool with the given writers (tests call this in process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var root = new RootCommand("PerfLab reporting: readable pages from BenchmarkDotNet JSON exports.")
        {
            ReportCommand.Create(),
            CompareCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, like every other bad input; --help shows the usage.
            error.WriteLine($"perflab-reporting: {string.Join(" ", parsed.Errors.Select(e => e.Message))} (see --help)");
            return BadInput;
        }

        try
        {
            // Signals are handled in Main (or by the tool composing these commands), not by System.CommandLine.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return parsed.InvokeAsync(configuration, cancellation).GetAwaiter().GetResult();
        }
        catch (ReportInputException e)
        {
            error.WriteLine($"perflab-reporting: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("perflab-reporting: cancelled; the output folder was left as it was");
            return Cancelled;
        }
    }
}
