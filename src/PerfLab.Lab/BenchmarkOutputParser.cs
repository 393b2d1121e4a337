using System.Text.RegularExpressions;

namespace PerfLab.Lab;

/// <summary>
/// Follows one BenchmarkDotNet process's stdout to know which case it is at: "// ***** Found N benchmark(s) in total *****"
/// gives the total, each "// Benchmark: ..." starts the next case, and "// ** Remained N (x %) benchmark(s) to run.
/// Estimated finish ... **" says how many cases are left after each one. One parser per invocation.
/// </summary>
public sealed partial class BenchmarkOutputParser
{
    public int? Total { get; private set; }

    /// <summary>The 1-based index of the case now running (0 before the first).</summary>
    public int Case { get; private set; }

    public string? CaseName { get; private set; }

    public int? Remained { get; private set; }

    /// <summary>Cases finished: BenchmarkDotNet's own count when it has given one, else the cases started before this one.</summary>
    public int Completed => Total is { } total && Remained is { } remained ? total - remained : Math.Max(0, Case - 1);

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

    // Some BenchmarkDotNet versions and cultures write "//**Remained" or "91,7%": only the count matters.
    [GeneratedRegex(@"^//\s*\*\*\s*Remained (?<remained>\d+) \(.*?\) benchmark\(s\) to run\.")]
    private static partial Regex RemainedLine();
}
