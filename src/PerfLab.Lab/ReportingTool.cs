using System.CommandLine;
using PerfLab.Reporting;
using PerfLab.Reporting.Exports;

namespace PerfLab.Lab;

/// <summary>PerfLab.Reporting's commands (report, compare, power): on perflab's command line, and called in process by run and ab.</summary>
public static class ReportingTool
{
    /// <summary>The commands on perflab's command line: there, <c>report</c> reads the repository's findings unless told otherwise.</summary>
    public static IEnumerable<Command> Commands(LabContext context) => ReportingCommands.Commands(context.FindingsFile);

    /// <summary>Runs <c>report ...</c>, <c>compare ...</c> or <c>power ...</c> in process; its exit code (2 for bad input, 130 when cancelled).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellation = default) =>
        ReportingCommands.Run(args.ToArray(), output, error, cancellation);

    /// <summary>True for the reporting library's bad-input exception, which perflab's own command line also maps to exit 2.</summary>
    public static bool IsBadInput(Exception e) => e is ReportInputException;
}
