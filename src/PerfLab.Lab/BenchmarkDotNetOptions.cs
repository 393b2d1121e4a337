using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;

namespace PerfLab.Lab;

/// <summary>
/// The arguments after <c>--</c>, checked by BenchmarkDotNet's own parser before anything is built: the bench programs
/// would refuse them only after the build, in every round.
/// </summary>
public static class BenchmarkDotNetOptions
{
    /// <summary>How to see BenchmarkDotNet's options (perflab runs the bench programs, which print them).</summary>
    public const string HelpHint = "BenchmarkDotNet's options: dotnet run -c Release --project bench/PerfLab.Bench.Orm -- --help";

    /// <summary>What BenchmarkDotNet's parser says is wrong with <paramref name="args"/>, as one line; null when it takes them.</summary>
    public static string? Error(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return null;
        if (args.FirstOrDefault(a => a is "--help" or "--version") is { } help) return $"{help} is BenchmarkDotNet's own, not a run's";
        var log = new AccumulationLogger();
        if (ConfigParser.Parse(args.ToArray(), log).isSuccess) return null;
        var lines = log.GetLog().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Its argument parser lists the errors between "ERROR(S):" and the usage text; its own checks write one line.
        var errors = lines.SkipWhile(l => l != "ERROR(S):").Skip(1).TakeWhile(l => l != "USAGE:").ToArray();
        return errors.Length > 0 ? string.Join(" ", errors) : lines.FirstOrDefault() ?? "refused";
    }
}
