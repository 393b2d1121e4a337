using System.CommandLine;
using PerfLab.Reporting;
using PerfLab.Reporting.Compare;
using PerfLab.Reporting.Exports;

namespace PerfLab.Lab;

/// <summary>PerfLab.Reporting's report and compare commands: on perflab's command line, and called in process by run and ab.</summary>
public static class ReportingTool
{
    public static IEnumerable<Command> Commands() => [ReportCommand.Create(), CompareCommand.Create()];

    /// <summary>Runs <c>report ...</c> or <c>compare ...</c> in process; its exit code (2 for bad input).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var root = new RootCommand();
        foreach (var command in Commands()) root.Subcommands.Add(command);
        var parsed = root.Parse(args.ToArray());
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"perflab {args[0]}: {string.Join(" ", parsed.Errors.Select(e => e.Message))}");
            return ExitCodes.BadInput;
        }
        try
        {
            // Ctrl-C reaches the report, which then keeps the old output (exit 130).
            return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellation)
                .GetAwaiter().GetResult();
        }
        catch (ReportInputException e)
        {
            error.WriteLine($"perflab {args[0]}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>True for the reporting library's bad-input exception, which perflab's own command line also maps to exit 2.</summary>
    public static bool IsBadInput(Exception e) => e is ReportInputException;
}
