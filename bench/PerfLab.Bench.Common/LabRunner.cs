using System.Reflection;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PerfLab.Bench.Common;

/// <summary>What every suite's <c>Main</c> calls: parse the lab's own options, run BenchmarkDotNet, map the outcome to an exit code.</summary>
public static class LabRunner
{
    public const int Success = 0;
    public const int BenchmarkFailed = 1;
    public const int UsageError = 2;

    public static int Run(string suite, Assembly benchmarks, string[] args)
    {
        LabArguments parsed;
        try
        {
            parsed = LabArguments.Parse(args);
        }
        catch (LabUsageException e)
        {
            Console.Error.WriteLine($"perflab {suite}: {e.Message}");
            return UsageError;
        }

        var config = LabConfig.Create(suite, parsed.Profile);
        var summaries = BenchmarkSwitcher.FromAssembly(benchmarks).Run(parsed.BenchmarkDotNetArgs, config).ToArray();
        return ExitCode(suite, summaries, parsed);
    }

    public static int ExitCode(string suite, IReadOnlyList<Summary> summaries, LabArguments arguments)
    {
        if (summaries.Count == 0)
        {
            if (arguments.IsInformational) return Success;
            Console.Error.WriteLine($"perflab {suite}: no benchmark ran (check --filter and the other arguments)");
            return BenchmarkFailed;
        }

        var failures = summaries.SelectMany(Failures).ToArray();
        foreach (var failure in failures) Console.Error.WriteLine($"perflab {suite}: {failure}");
        return failures.Length == 0 ? Success : BenchmarkFailed;
    }

    private static IEnumerable<string> Failures(Summary summary)
    {
        var validation = string.Join("; ", summary.ValidationErrors.Select(e => e.Message.ReplaceLineEndings(" ")));
        if (summary.HasCriticalValidationErrors) return [$"{summary.Title}: invalid: {validation}"];
        // BenchmarkDotNet reports some setup problems (e.g. an unreadable [ParamsSource]) as a summary with no cases.
        if (summary.Reports.Length == 0) return [$"{summary.Title}: no benchmark case ran. {validation}".TrimEnd()];
        return summary.Reports
            .Where(r => !r.Success || r.ResultStatistics is null)
            .Select(r => $"{r.BenchmarkCase.DisplayInfo}: failed");
    }
}
