namespace PerfLab.Bench.Common;

/// <summary>
/// The lab's own options (<c>--profile</c>), taken out of the command line; everything else goes to BenchmarkDotNet
/// untouched, so <c>--filter</c>, <c>--job</c>, <c>--list</c> and the rest keep working.
/// </summary>
public sealed record LabArguments(LabProfile Profile, string[] BenchmarkDotNetArgs)
{
    private static readonly string[] JobOptions = ["--job", "-j", "--runtimes", "-r"];
    private static readonly string[] InformationalOptions = ["--list", "--help", "-h", "-?", "--version", "--info"];

    /// <summary>When the user names a job, the profile's job is not added beside it.</summary>
    public bool HasExplicitJob => BenchmarkDotNetArgs.Any(a => JobOptions.Contains(a, StringComparer.OrdinalIgnoreCase));

    /// <summary>Runs that list or explain rather than measure: no summary is expected.</summary>
    public bool IsInformational => BenchmarkDotNetArgs.Any(a => InformationalOptions.Contains(a, StringComparer.OrdinalIgnoreCase));

    public static LabArguments Parse(IReadOnlyList<string> args)
    {
        var profile = LabProfile.Default;
        var rest = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--profile=", StringComparison.OrdinalIgnoreCase))
            {
                profile = LabProfile.Parse(args[i]["--profile=".Length..]);
            }
            else if (string.Equals(args[i], "--profile", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 >= args.Count) throw new LabUsageException("--profile needs a value (quick or default)");
                profile = LabProfile.Parse(args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return new LabArguments(profile, rest.ToArray());
    }
}
