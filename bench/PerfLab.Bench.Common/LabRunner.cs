using System.Reflection;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PerfLab.Data.Servers;
using PerfLab.Machine;

namespace PerfLab.Bench.Common;

/// <summary>
/// What every suite's <c>Main</c> calls: parse the lab's own options, run the round (every selected case once, in
/// the seed's order) through BenchmarkDotNet, map the outcome to an exit code (<see cref="ExitCodes"/>, perflab's).
/// </summary>
public static class LabRunner
{
    /// <summary>
    /// The profile of the run this process hosts, set once the command line is parsed; null outside <see cref="Run"/>
    /// (tests, BenchmarkDotNet's child processes). Lab metrics are computed in the host, so a metric that costs real
    /// time to compute (the security suite's calibration) can skip the quick profile, whose numbers mean nothing.
    /// </summary>
    public static LabProfile? Profile { get; private set; }

    /// <summary>
    /// The machine's speed at the start of this process's round (<see cref="MachineProbes"/>), written into its export;
    /// empty until <see cref="Run"/> measures it (tests, informational commands, BenchmarkDotNet's child processes).
    /// </summary>
    public static IReadOnlyDictionary<string, double> RoundProbes { get; private set; } = new Dictionary<string, double>();

    /// <summary>The suite a bench assembly measures, from its name: <c>PerfLab.Bench.Orm</c> is <c>orm</c>.</summary>
    public static string SuiteOf(Assembly benchmarks) => benchmarks.GetName().Name!.Split('.')[^1].ToLowerInvariant();

    /// <param name="services">Servers the suite's cases share for the round (<see cref="LabServices"/>): started before the first case, stopped after the last.</param>
    public static int Run(Assembly benchmarks, string[] args, LabServices services = LabServices.None)
    {
        var suite = SuiteOf(benchmarks);
        LabArguments parsed;
        LabNames.Parts.Part? part;
        try
        {
            parsed = LabArguments.Parse(args);
            part = parsed.Part is null ? null : LabNames.Parts.Parse(suite, parsed.Part);
        }
        catch (BadInputException e)
        {
            Console.Error.WriteLine($"perflab {suite}: {e.Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            // A placement asked for by the environment is checked before anything runs, not in the first case's setup.
            _ = CpuPlacement.Current;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"perflab {suite}: {e.Message}");
            return ExitCodes.BadInput;
        }

        Profile = parsed.Profile;
        var config = LabConfig.Create(suite, parsed.Profile, parsed.Round, parsed.Engine, part?.Name);
        if (parsed.IsInformational)
        {
            // Listing and help are BenchmarkDotNet's own, unchanged.
            return ExitCode(suite, BenchmarkSwitcher.FromAssembly(benchmarks).Run(parsed.BenchmarkDotNetArgs, config).ToArray(), parsed);
        }

        var logger = ConsoleLogger.Default;
        var (valid, commandLineConfig, _) = ConfigParser.Parse(parsed.BenchmarkDotNetArgs, logger, config);
        if (!valid)
        {
            Console.Error.WriteLine($"perflab {suite}: invalid BenchmarkDotNet arguments (see above)");
            return ExitCodes.BadInput;
        }

        var effective = ManualConfig.Union(config, commandLineConfig);
        var round = RoundRunInfo.Create(benchmarks, effective, new RoundOrderer(parsed.Round.Seed), logger, parsed.Engine, part);
        // A round with no PostgreSQL case (a SQLite part, or no server to be had) starts no server.
        var needsPostgres = round is not null && services.HasFlag(LabServices.Postgres) && round.BenchmarksCases.Any(c => Engines.Of(c) == Engines.PostgreSql);
        using var postgres = needsPostgres ? PostgresForRun.Begin(line => Console.WriteLine($"perflab {suite}: {line}")) : null;
        if (round is not null) RoundProbes = MachineProbes.Measure();
        var summaries = round is null ? [] : BenchmarkRunner.Run([round]);
        return ExitCode(suite, summaries, parsed);
    }

    public static int ExitCode(string suite, IReadOnlyList<Summary> summaries, LabArguments arguments)
    {
        if (summaries.Count == 0)
        {
            if (arguments.IsInformational) return ExitCodes.Success;
            var engine = arguments.Engine is null ? "" : $" (--engine {arguments.Engine}: the suite{(arguments.Part is null ? "" : $"'s part {arguments.Part}")} may have no case of that engine, or its server could not be had: see above)";
            Console.Error.WriteLine($"perflab {suite}: no benchmark ran (check --filter and the other arguments){engine}");
            return ExitCodes.Failure;
        }

        var failures = summaries.SelectMany(Failures).ToArray();
        foreach (var failure in failures) Console.Error.WriteLine($"perflab {suite}: {failure}");
        return failures.Length == 0 ? ExitCodes.Success : ExitCodes.Failure;
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
