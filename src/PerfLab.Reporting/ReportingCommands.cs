using System.CommandLine;
using PerfLab.Reporting.Compare;

namespace PerfLab.Reporting;

/// <summary>
/// The reporting commands of the <c>perflab</c> tool (src/PerfLab.Lab, whose command line hosts them): <c>report</c> turns
/// BenchmarkDotNet exports into the lab's pages, <c>compare</c> compares two sets of runs, <c>power</c> measures what
/// compare can detect. Each is a small class with a <c>Create()</c> factory and a typed entry point that perflab's
/// <c>run</c> and <c>ab</c> call directly (<see cref="ReportCommand.Write"/>, <see cref="CompareCommand.Run"/>); add one
/// to <see cref="Commands"/> with one line. Bad input is a <see cref="BadInputException"/>; exit codes are <see cref="ExitCodes"/>.
/// </summary>
public static class ReportingCommands
{
    /// <param name="defaultFindings">The report's findings file when <c>--findings</c> is not given (used only if it exists).</param>
    public static IEnumerable<Command> Commands(string? defaultFindings = null) => [ReportCommand.Create(defaultFindings), CompareCommand.Create(), PowerCommand.Create()];
}
