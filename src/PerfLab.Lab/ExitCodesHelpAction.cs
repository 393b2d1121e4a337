using System.CommandLine;
using System.CommandLine.Invocation;

namespace PerfLab.Lab;

/// <summary>--help as System.CommandLine writes it, followed by perflab's exit-code table (every command's help shows it).</summary>
public sealed class ExitCodesHelpAction(SynchronousCommandLineAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach (var (exit, meaning) in ExitCodes.Table) output.WriteLine($"  {exit,-5}{meaning}");
        output.WriteLine();
        return code;
    }
}
