using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PerfLab.Lab;

/// <summary>The options run and ab share, declared once.</summary>
public sealed class CommonOptions(IReadOnlyList<string> passThrough)
{
    /// <summary>Everything after <c>--</c> on perflab's command line, for the bench programs (LabCli splits it off before parsing).</summary>
    public IReadOnlyList<string> PassThrough { get; } = passThrough;

    public Option<string[]> Suite { get; } = new("--suite", "-s")
    {
        Description = $"Suites to run, comma-separated or repeated: {SuiteRegistry.Names} (default: all, in that order)",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Profile { get; } = new("--profile", "-p")
    {
        Description = "results: protocol v2, the only profile published into results/; quick: BenchmarkDotNet's Dry job in process, proves every case runs (times mean nothing)",
        DefaultValueFactory = _ => LabNames.Profiles.Results,
    };

    public Option<int?> Rounds { get; } = new("--rounds", "-r")
    {
        Description = $"Rounds; each runs every selected case once, in a fresh seeded random order (default {Profiles.DefaultRounds}, quick: 1; results needs at least {Profiles.MinimumResultsRounds})",
        CustomParser = WholeNumber("--rounds"),
    };

    public Option<int?> Seed { get; } = new("--seed")
    {
        Description = "Run seed; round k gets seed+k (default: drawn, and recorded in run.json)",
        CustomParser = WholeNumber("--seed"),
    };

    /// <summary>Passed to the bench programs: only the database suites' cases of one engine run (how each engine's rows are published apart).</summary>
    public Option<string?> Engine { get; } = new("--engine")
    {
        Description = $"Only the cases of one database engine ({string.Join(", ", LabNames.Engines.All)}; any case): a run of one engine's rows, published beside the suite's other engines",
    };

    /// <summary>Passed to the bench program: only the comparisons of one part of the suite (<see cref="LabNames.Parts"/>), published as a run of their own.</summary>
    public Option<string?> Part { get; } = new("--part")
    {
        Description = "Only the comparisons of one part of the suite (perflab suites lists each suite's parts; a part is published beside the others, " +
                      "so a suite whose whole run outlasts 15 minutes is measured in runs that fit); needs exactly one --suite",
    };

    /// <summary>The part given with --part, in its canonical spelling; null when none was.</summary>
    /// <exception cref="BadInputException">No single suite is selected, or it has no such part.</exception>
    public string? PartName(ParseResult parsed)
    {
        if (parsed.GetValue(Part) is not { } given) return null;
        var suites = OptionRules.Suites(parsed.GetValue(Suite));
        if (suites.Count != 1)
            throw new BadInputException($"--part '{given}' needs exactly one --suite (a part belongs to one suite; {suites.Count} are selected)");
        return LabNames.Parts.Parse(suites[0].Name, given).Name;
    }

    /// <summary>Where the servers the lab starts run, against the benchmark process (<see cref="PerfLab.Machine.CpuPlacement"/>).</summary>
    public Option<string?> Placement { get; } = new("--placement")
    {
        Description = $"{PerfLab.Machine.CpuPlacement.Split}: every server the lab starts on its own CPUs, a case calling it on the others; " +
                      $"{PerfLab.Machine.CpuPlacement.Shared}: both left to the scheduler (default: split wherever two CPUs are allowed; " +
                      $"the bench programs read ${PerfLab.Machine.CpuPlacement.Variable})",
    };

    /// <summary>The placement given, in its canonical spelling; null when none was.</summary>
    public string? PlacementSetting(ParseResult parsed) => parsed.GetValue(Placement) switch
    {
        null => null,
        var given when given.Equals(PerfLab.Machine.CpuPlacement.Split, StringComparison.OrdinalIgnoreCase) => PerfLab.Machine.CpuPlacement.Split,
        var given when given.Equals(PerfLab.Machine.CpuPlacement.Shared, StringComparison.OrdinalIgnoreCase) => PerfLab.Machine.CpuPlacement.Shared,
        var given => throw new BadInputException($"--placement '{given}': expected {PerfLab.Machine.CpuPlacement.Split} or {PerfLab.Machine.CpuPlacement.Shared}"),
    };

    public Option<string?> Artifacts { get; } = new("--artifacts", "-a")
    {
        Description = "Where exports and run.json go (default: a new folder under BenchmarkDotNet.Artifacts/)",
    };

    public Option<bool> NoBuild { get; } = new("--no-build")
    {
        Description = "Use the existing Release build of the current tree (e.g. right after dotnet test -c Release)",
    };

    /// <summary>Only documents the pass-through in --help; a token landing here came before <c>--</c> and is an error.</summary>
    public Argument<string[]> BenchmarkArgs { get; } = new("benchmarkdotnet-args")
    {
        Description = "After --: passed to every bench program unchanged, e.g. -- --filter '*ById*'",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// The bench programs' arguments. Refuses stray tokens before <c>--</c> (a mistyped perflab option must not reach
    /// BenchmarkDotNet) and a job of BenchmarkDotNet's own: perflab's runs are the lab's profiles, and the bench program
    /// refuses a profile and a job together.
    /// </summary>
    public IReadOnlyList<string> BenchmarkArguments(ParseResult parsed)
    {
        if (parsed.GetValue(BenchmarkArgs) is { Length: > 0 } stray)
            throw new BadInputException($"unknown option or argument '{stray[0]}' (BenchmarkDotNet's options go after --, e.g. -- --filter '*ById*')");
        if (PassThrough.FirstOrDefault(a => JobOptions.Contains(a, StringComparer.OrdinalIgnoreCase)) is { } job)
            throw new BadInputException($"{job} after --: perflab runs the lab's profiles (--profile); for a job of your own run the bench project directly, e.g. dotnet run -c Release --project bench/PerfLab.Bench.Orm -- --job short");
        if (BenchmarkDotNetOptions.Error(PassThrough) is { } refused)
            throw new BadInputException($"after --: {refused} ({BenchmarkDotNetOptions.HelpHint})");
        string[] engine = EngineName(parsed) is { } e ? ["--engine", e] : [];
        string[] part = PartName(parsed) is { } p ? ["--part", p] : [];
        return [.. engine, .. part, .. PassThrough];
    }

    /// <summary>The engine given with --engine, in its canonical spelling; null when none was.</summary>
    public string? EngineName(ParseResult parsed) => parsed.GetValue(Engine) is { } given ? LabNames.Engines.Parse(given) : null;

    /// <summary>A whole number, or an error naming the option and the value (System.CommandLine's own names the CLR type).</summary>
    private static Func<ArgumentResult, int?> WholeNumber(string option) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        result.AddError($"{option} '{text}': expected a whole number");
        return null;
    };

    private static readonly string[] JobOptions = ["--job", "-j", "--runtimes", "-r"];

    public void AddTo(Command command)
    {
        command.Options.Add(Suite);
        command.Options.Add(Profile);
        command.Options.Add(Rounds);
        command.Options.Add(Seed);
        command.Options.Add(Engine);
        command.Options.Add(Part);
        command.Options.Add(Placement);
        command.Options.Add(Artifacts);
        command.Options.Add(NoBuild);
        command.Arguments.Add(BenchmarkArgs);
    }

    /// <summary>The default artifacts folder: BenchmarkDotNet.Artifacts/&lt;kind&gt;-&lt;UTC time&gt; in the repository.</summary>
    public static string DefaultArtifacts(LabContext context, string kind) =>
        Path.Combine(context.RepositoryRoot, "BenchmarkDotNet.Artifacts", $"{kind}-{context.Time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}");
}
