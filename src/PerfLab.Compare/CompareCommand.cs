using System.CommandLine;
using System.Globalization;

namespace PerfLab.Compare;

/// <summary>
/// <c>compare --base &lt;dir|file&gt; --diff &lt;dir|file&gt;</c>: per-benchmark verdicts between two sets of runs.
/// Exit 0, or 1 with <c>--fail-on regression</c> when a regression is found; bad input is exit 2 (the loader's rules).
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var baseOption = new Option<string>("--base", "-b") { Description = "Export file or folder (searched recursively) of the reference run(s)", Required = true };
        var diffOption = new Option<string>("--diff", "-d") { Description = "Export file or folder (searched recursively) of the run(s) under test", Required = true };
        var threshold = ThresholdOption("Smallest relative change reported as faster/slower, e.g. 10% (5% on quiet machines, 20% on noisy ones)");
        var noise = NoiseOption("Absolute noise floor: shifts below it are never reported, e.g. 1ns, 0.5us");
        var filter = new Option<string[]>("--filter")
        {
            Description = "Only benchmarks whose full name matches one of these globs (* and ?, case-insensitive)",
            AllowMultipleArgumentsPerToken = true,
        };
        var failOn = new Option<string>("--fail-on") { Description = "'regression': exit 1 when any benchmark is slower; 'none' (default): always 0" };
        var markdown = new Option<string>("--markdown") { Description = "Write the markdown summary here (e.g. $GITHUB_STEP_SUMMARY) instead of stdout" };
        var json = new Option<string>("--json") { Description = "Write the machine-readable comparison here" };

        var command = new Command("compare", "Compare two sets of runs launch by launch: faster / slower / same / inconclusive per benchmark")
        {
            baseOption, diffOption, threshold, noise, filter, failOn, markdown, json,
        };
        command.SetAction(result =>
        {
            var failOnRegression = ParseFailOn(result.GetValue(failOn));
            var request = new CompareRequest(result.GetValue(baseOption)!, result.GetValue(diffOption)!, Policy(result.GetValue(threshold)!, result.GetValue(noise)!),
                result.GetValue(filter) ?? [], failOnRegression, result.GetValue(markdown), result.GetValue(json));
            var comparison = Run(request, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            return request.FailOnRegression && comparison.HasRegression ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// A comparison as the command makes it: the markdown (to its file, else <paramref name="output"/>), the JSON, the
    /// summary lines; what it found. What perflab ab calls.
    /// </summary>
    /// <exception cref="BadInputException">Nothing could be compared, or an output cannot be written.</exception>
    public static CompareResult Run(CompareRequest request, TextWriter output, TextWriter error)
    {
        if (request.Markdown is not null && request.Json is not null && SamePath(request.Markdown, request.Json))
            throw new BadInputException($"--markdown and --json both name {request.Markdown}: give two files");
        var baseSide = RunSide.Load(request.Base);
        var diffSide = RunSide.Load(request.Diff);
        var report = RunComparer.Compare(baseSide, diffSide, request.Policy, request.Filters);
        if (report.Benchmarks.Count == 0 && report.Added.Count == 0 && report.Removed.Count == 0)
            throw new BadInputException($"no benchmark matches the filter in {baseSide.Path} or {diffSide.Path}");
        if (!report.Benchmarks.Any(b => b.Time is not null))
        {
            var why = report.Benchmarks.Count == 0 && report.Failed.Count > 0 ? $"every common benchmark failed on a side ({report.Failed.Count})"
                : report.Benchmarks.Count == 0 ? "base and diff have no benchmark in common"
                : "no common benchmark could be compared (see 'Not compared' in the markdown)";
            throw new BadInputException($"nothing was compared: {why} ({baseSide.Path} vs {diffSide.Path})");
        }
        if (RunSide.SameExports(baseSide, diffSide))
            error.WriteLine($"perflab compare: warning: base and diff are the same exports ({baseSide.Path}): every verdict is 'same' by construction");

        var markdownText = CompareMarkdown.Render(report);
        if (request.Markdown is not null) Write(request.Markdown, markdownText);
        else output.Write(markdownText);
        if (request.Json is not null) Write(request.Json, CompareJson.Render(report));

        output.WriteLine(Summary(report));
        return report;
    }

    /// <summary>
    /// <c>--threshold</c> as compare, power and perflab ab declare it; its default is <see cref="ComparePolicy.Default"/>'s.
    /// </summary>
    public static Option<string> ThresholdOption(string description) =>
        new("--threshold") { Description = description, DefaultValueFactory = _ => CompareText.Percent(ComparePolicy.Default.Threshold) };

    /// <summary><c>--noise</c> as compare, power and perflab ab declare it; its default is <see cref="ComparePolicy.Default"/>'s.</summary>
    public static Option<string> NoiseOption(string description) =>
        new("--noise") { Description = description, DefaultValueFactory = _ => ComparePolicy.Default.NoiseFloorNanoseconds.ToString(CultureInfo.InvariantCulture) + "ns" };

    /// <summary>The policy of a <c>--threshold</c> and a <c>--noise</c>, each checked (<see cref="BadInputException"/> naming the option).</summary>
    public static ComparePolicy Policy(string threshold, string noise) =>
        ComparePolicy.Default with { Threshold = ParseThreshold(threshold), NoiseFloorNanoseconds = ParseNoise(noise) };

    private static bool ParseFailOn(string? text) => text switch
    {
        null or "none" => false,
        "regression" => true,
        _ => throw new BadInputException($"--fail-on '{text}': expected 'regression' or 'none'"),
    };

    /// <summary><c>10%</c> or <c>10</c> (percent).</summary>
    public static double ParseThreshold(string text) => ParsePercent(text, "--threshold");

    /// <summary>A percentage above 0 (<c>10%</c> or <c>10</c>) as a fraction; <paramref name="option"/> names it in the error.</summary>
    public static double ParsePercent(string text, string option)
    {
        var number = text.Trim().TrimEnd('%').Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !(percent > 0) || percent >= 1000)
            throw new BadInputException($"{option} '{text}': expected a percentage above 0, such as 10%");
        return percent / 100;
    }

    /// <summary>A time with a unit (<c>ns</c>, <c>us</c>/<c>μs</c>, <c>ms</c>, <c>s</c>), or plain nanoseconds; in nanoseconds.</summary>
    public static double ParseNoise(string text)
    {
        (string Unit, double Nanoseconds)[] units = [("ns", 1), ("us", 1e3), ("μs", 1e3), ("µs", 1e3), ("ms", 1e6), ("s", 1e9)];
        var trimmed = text.Trim();
        var (unit, scale) = units.FirstOrDefault(u => trimmed.EndsWith(u.Unit, StringComparison.OrdinalIgnoreCase), ("", 1));
        if (!double.TryParse(trimmed[..^unit.Length].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= 0) || double.IsInfinity(value))
            throw new BadInputException($"--noise '{text}': expected a non-negative time such as 1ns or 0.5us");
        return value * scale;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static void Write(string path, string text)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be written ({e.Message})", e);
        }
    }

    private static string Summary(CompareResult report)
    {
        var line = $"perflab compare: {report.WithVerdict(Verdict.Slower).Count()} slower, {report.WithVerdict(Verdict.Faster).Count()} faster, " +
                   $"{report.WithVerdict(Verdict.Inconclusive).Count()} inconclusive, {report.WithVerdict(Verdict.Same).Count()} same; " +
                   $"{report.Added.Count} added, {report.Removed.Count} removed, {report.Failed.Count} failed" +
                   (report.Normalized ? " (different environments: normalized to category baselines)" : "");
        return string.Join(Environment.NewLine, report.WithVerdict(Verdict.Slower).Select(b => $"slower: {b.FullName} ×{b.Time!.Ratio.ToString("0.000", CultureInfo.InvariantCulture)}").Prepend(line));
    }
}
