using System.CommandLine;
using PerfLab.Reporting.Compare;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting;

/// <summary>
/// The reporting commands of the <c>perflab</c> tool (src/PerfLab.Lab): <c>report</c> turns BenchmarkDotNet exports into
/// the lab's pages, <c>compare</c> compares two sets of runs, <c>power</c> measures what compare can detect. Each is a
/// small class with a <c>Create()</c> factory; add one to <see cref="Commands"/> with one line.
/// </summary>
public static class ReportingCommands
{
    public const int Success = 0;
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <param name="defaultFindings">The report's findings file when <c>--findings</c> is not given (used only if it exists).</param>
    public static IEnumerable<Command> Commands(string? defaultFindings = null) => [ReportCommand.Create(defaultFindings), CompareCommand.Create(), PowerCommand.Create()];

    /// <summary>Runs one of <see cref="Commands"/> with the given writers (perflab and the tests call this in process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var root = new RootCommand("PerfLab reporting: readable pages from BenchmarkDotNet JSON exports.");
        foreach (var command in Commands()) root.Subcommands.Add(command);

        // Messages name the command they come from: "perflab report: ...".
        var source = args.Length > 0 && !args[0].StartsWith('-') ? $"perflab {args[0]}" : "perflab";
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, like every other bad input; --help shows the usage.
            error.WriteLine($"{source}: {string.Join(" ", parsed.Errors.Select(e => e.Message))} (see --help)");
            return BadInput;
        }

        try
        {
            // Signals are perflab's (src/PerfLab.Lab): it passes Ctrl-C in as the cancellation token.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return parsed.InvokeAsync(configuration, cancellation).GetAwaiter().GetResult();
        }
        catch (ReportInputException e)
        {
            error.WriteLine($"{source}: {e.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"{source}: cancelled; the output folder was left as it was");
            return Cancelled;
        }
    }
}
