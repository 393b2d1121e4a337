using System.Text.RegularExpressions;

namespace PerfLab.Lab;

/// <summary>
/// Follows one BenchmarkDotNet process's stdout to know which case it is at: "// ***** Found N benchmark(s) in total *****"
/// gives the total, each "// Benchmark: ..." starts the next case, and "// ** Remained N (x %) benchmark(s) to run.
/// Estimated finish ... (0h 12m from now) **" gives BenchmarkDotNet's own estimate. One parser per invocation.
/// </summary>
public sealed partial class BenchmarkOutputParser
{
    public int? Total { get; private set; }

    /// <summary>The 1-based index of the case now running (0 before the first).</summary>
    public int Case { get; private set; }

    public string? CaseName { get; private set; }

    public int? Remained { get; private set; }

    /// <summary>BenchmarkDotNet's estimate of the time left in this process, from its last "Remained" line.</summary>
    public TimeSpan? EstimatedRemaining { get; private set; }

    /// <summary>Reads one line; true when it starts a new case (the moment to print progress).</summary>
    public bool Observe(string line)
    {
        if (FoundLine().Match(line) is { Success: true } found)
        {
            Total = int.Parse(found.Groups["total"].ValueSpan);
            return false;
        }
        if (RemainedLine().Match(line) is { Success: true } remained)
        {
            Remained = int.Parse(remained.Groups["remained"].ValueSpan);
            if (remained.Groups["hours"].Success)
                EstimatedRemaining = new TimeSpan(int.Parse(remained.Groups["hours"].ValueSpan), int.Parse(remained.Groups["minutes"].ValueSpan), 0);
            return false;
        }
        if (line.StartsWith(BenchmarkPrefix, StringComparison.Ordinal))
        {
            Case++;
            CaseName = line[BenchmarkPrefix.Length..].Trim();
            return true;
        }
        return false;
    }

    private const string BenchmarkPrefix = "// Benchmark: ";

    [GeneratedRegex(@"^// \*+ Found (?<total>\d+) benchmark\(s\) in total \*+")]
    private static partial Regex FoundLine();

    // Some BenchmarkDotNet versions and cultures write "//**Remained" or "91,7%": only the count and the hours/minutes matter.
    [GeneratedRegex(@"^//\s*\*\*\s*Remained (?<remained>\d+) \(.*?\) benchmark\(s\) to run\.(?:.*\((?<hours>\d+)h (?<minutes>\d+)m from now\))?")]
    private static partial Regex RemainedLine();
}
