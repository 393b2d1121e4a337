namespace PerfLab.Bench.Common;

/// <summary>
/// The lab's own options (<c>--profile</c>), taken out of the command line; everything else goes to BenchmarkDotNet
/// untouched, so <c>--filter</c>, <c>--job</c>, <c>--list</c> and the rest keep working.
/// </summary>
public sealed record LabArguments(LabProfile Profile, string[] BenchmarkDotNetArgs)
{
    private static readonly string[] JobOptions = ["--job", "-j", "--runtimes", "-r"];
    private static readonly string[] InformationalOptions = ["--list", "--help", "-h", "-?", "--version", "--info"];

    /// <summary>Runs that list or explain rather than measure: no summary is expected.</summary>
    public bool IsInformational => BenchmarkDotNetArgs.Any(a => InformationalOptions.Contains(a, StringComparer.OrdinalIgnoreCase));

    public static LabArguments Parse(IReadOnlyList<string> args)
    {
        LabProfile? profile = null;
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
        // A job named on the command line replaces the profile's job rather than running beside it.
        var explicitJob = rest.Any(a => JobOptions.Contains(a, StringComparer.OrdinalIgnoreCase));
        if (explicitJob && profile is not null)
        {
            throw new LabUsageException("--profile and --job/--runtimes both choose the job: give one of them");
        }
        return new LabArguments(explicitJob ? LabProfile.CommandLine : profile ?? LabProfile.Default, rest.ToArray());
    }
}
