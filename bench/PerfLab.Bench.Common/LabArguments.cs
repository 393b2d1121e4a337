using System.Globalization;

namespace PerfLab.Bench.Common;

/// <summary>
/// The lab's own options (<c>--profile</c>, <c>--engine</c>, <c>--part</c> and the round's <c>--run --round --rounds --seed --run-seed</c>),
/// taken out of the command line; everything else goes to BenchmarkDotNet untouched, so <c>--filter</c>, <c>--job</c>,
/// <c>--list</c> and the rest keep working.
/// </summary>
/// <param name="Engine">The one database engine whose cases run (<see cref="Engines"/>); null runs every case.</param>
/// <param name="Part">The part of the suite whose comparisons run (<c>--part</c>, as given: the runner resolves it for its suite, <see cref="LabNames.Parts"/>); null runs every comparison.</param>
public sealed record LabArguments(LabProfile Profile, LabRound Round, string[] BenchmarkDotNetArgs, string? Engine = null, string? Part = null)
{
    private static readonly string[] JobOptions = ["--job", "-j", "--runtimes", "-r"];
    private static readonly string[] InformationalOptions = ["--list", "--help", "-h", "-?", "--version", "--info"];
    private static readonly string[] LabOptions = ["--profile", "--engine", "--part", "--run", "--round", "--rounds", "--seed", "--run-seed"];

    /// <summary>Runs that list or explain rather than measure: no summary is expected.</summary>
    public bool IsInformational => BenchmarkDotNetArgs.Any(a => InformationalOptions.Contains(a, StringComparer.OrdinalIgnoreCase));

    public static LabArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (!LabOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                rest.Add(args[i]);
                continue;
            }
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new BadInputException($"{name} needs a value");
                value = args[++i];
            }
            if (!values.TryAdd(name, value)) throw new BadInputException($"{name} is given twice");
        }

        var profile = values.TryGetValue("--profile", out var profileName) ? LabProfile.Parse(profileName) : null;
        // A job named on the command line replaces the profile's job rather than running beside it.
        var explicitJob = rest.Any(a => JobOptions.Contains(a, StringComparer.OrdinalIgnoreCase));
        if (explicitJob && profile is not null)
        {
            throw new BadInputException("--profile and --job/--runtimes both choose the job: give one of them");
        }
        var engine = values.TryGetValue("--engine", out var engineName) ? LabNames.Engines.Parse(engineName) : null;
        return new LabArguments(explicitJob ? LabProfile.CommandLine : profile ?? LabProfile.Results, ParseRound(values), rest.ToArray(), engine,
            values.GetValueOrDefault("--part"));
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static LabRound ParseRound(Dictionary<string, string> values)
    {
        string[] roundOptions = ["--run", "--round", "--rounds", "--seed"];
        var given = roundOptions.Where(values.ContainsKey).ToArray();
        if (given.Length == 0)
        {
            if (values.ContainsKey("--run-seed")) throw new BadInputException("--run-seed needs --run, --round, --rounds and --seed");
            return LabRound.Single();
        }
        if (given.Length < roundOptions.Length)
        {
            throw new BadInputException($"a round needs all of --run, --round, --rounds and --seed (missing {string.Join(", ", roundOptions.Except(given))})");
        }
        return LabRound.Create(values["--run"], Integer(values, "--round"), Integer(values, "--rounds"),
            values.ContainsKey("--run-seed") ? Integer(values, "--run-seed") : null, Integer(values, "--seed"));
    }

    private static int Integer(Dictionary<string, string> values, string name) =>
        int.TryParse(values[name], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BadInputException($"{name} '{values[name]}' is not a whole number");
}
