using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using PerfLab.Reporting;
using PerfLab.Reporting.Publishing;

namespace PerfLab.Lab;

/// <summary>
/// perflab's command line, the lab's one command-line host: run, ab, suites, PerfLab.Reporting's report and
/// PerfLab.Compare's compare and power. Bad input of any kind (a parse error or a <see cref="BadInputException"/>) is one line on stderr and exit 2;
/// Ctrl-C is exit 130; the codes are <see cref="ExitCodes"/>, listed under every --help.
/// </summary>
public static class LabCli
{
    public static RootCommand CreateRoot(LabContext context, IReadOnlyList<string> passThrough)
    {
        var root = new RootCommand("PerfLab: run the benchmark suites in randomized interleaved rounds, A/B a change, write and compare reports.")
        {
            RunCommand.Create(context, passThrough),
            AbCommand.Create(context, passThrough),
        };
        // On perflab's command line, report reads the repository's findings unless told otherwise, and links each
        // technique to its source in the repository's bench/ folder.
        root.Subcommands.Add(ReportCommand.Create(context.FindingsFile, context.RepositoryRoot));
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(PowerCommand.Create());
        root.Subcommands.Add(SuitesCommand.Create());

        // The help option is recursive: one action serves every command's --help, -h and -?.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExitCodesHelpAction((SynchronousCommandLineAction)help.Action!);
        return root;
    }

    /// <summary>
    /// A report killed while publishing results/ left a journal: results/ may hold new pages beside old ones until the
    /// journal is applied. Every perflab command applies it first, so the folder is the old or the new report again
    /// before anything reads it (a report into that folder did so already).
    /// </summary>
    private static void FinishInterruptedPublish(LabContext context)
    {
        if (!OutputFolder.IsInterrupted(context.PublishedResults)) return;
        OutputFolder.RecoverLocked(context.PublishedResults);
        context.Step($"finished the publish of {context.PublishedResults} that an interrupted report had begun");
    }

    public static async Task<int> RunAsync(string[] args, LabContext context)
    {
        // Everything after the first "--" belongs to BenchmarkDotNet and is never parsed as perflab's own.
        var split = Array.IndexOf(args, "--");
        var (own, passThrough) = split < 0 ? (args, []) : (args[..split], args[(split + 1)..]);
        var parsed = CreateRoot(context, passThrough).Parse(own);
        // Help wins over errors: "ab --help" must show the help, not complain that --base is missing.
        if (parsed.Errors.Count > 0 && parsed.Action is not ExitCodesHelpAction)
        {
            context.Error.WriteLine($"perflab: {string.Join(" ", parsed.Errors.Select(e => e.Message))} (see --help)");
            return ExitCodes.BadInput;
        }
        try
        {
            FinishInterruptedPublish(context);
            // perflab handles Ctrl-C itself (Program): System.CommandLine's own handler would end the process before run.json says "interrupted".
            var configuration = new InvocationConfiguration
            {
                Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
            };
            return await parsed.InvokeAsync(configuration, context.Cancellation);
        }
        catch (BadInputException e)
        {
            context.Error.WriteLine($"perflab: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            // Stopped outside a round (a build, the report, which then keeps its old output): nothing to record.
            context.Error.WriteLine("perflab: interrupted");
            return ExitCodes.Interrupted;
        }
    }
}
