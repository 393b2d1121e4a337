using System.CommandLine;
using System.Globalization;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Compare;

/// <summary>
/// <c>compare --base &lt;dir|file&gt; --diff &lt;dir|file&gt;</c>: per-benchmark verdicts between two sets of runs.
/// Exit 0, or 1 with <c>--fail-on regression</c> when a regression is found; bad input is exit 2 (the loader's rules).
/// </summary>
public static class CompareCommand
{
    public const int RegressionFound = 1;

    public static Command Create()
    {
        var baseOption = new Option<string>("--base", "-b") { Description = "Export file or folder (searched recursively) of the reference run(s)", Required = true };
        var diffOption = new Option<string>("--diff", "-d") { Description = "Export file or folder (searched recursively) of the run(s) under test", Required = true };
        var threshold = new Option<string>("--threshold")
        {
            Description = "Smallest relative change reported as faster/slower, e.g. 10% (5% on quiet machines, 20% on noisy ones)",
            DefaultValueFactory = _ => "10%",
        };
        var noise = new Option<string>("--noise")
        {
            Description = "Absolute noise floor: shifts below it are never reported, e.g. 1ns, 0.5us",
            DefaultValueFactory = _ => "1ns",
        };
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
            var policy = ComparePolicy.Default with
            {
                Threshold = ParseThreshold(result.GetValue(threshold)!),
                NoiseFloorNanoseconds = ParseNoise(result.GetValue(noise)!),
            };
            var markdownPath = result.GetValue(markdown);
            var jsonPath = result.GetValue(json);
            if (markdownPath is not null && jsonPath is not null && SamePath(markdownPath, jsonPath))
                throw new ReportInputException($"--markdown and --json both name {markdownPath}: give two files");
            var baseSide = RunSide.Load(result.GetValue(baseOption)!);
            var diffSide = RunSide.Load(result.GetValue(diffOption)!);
            var report = RunComparer.Compare(baseSide, diffSide, policy, result.GetValue(filter) ?? []);
            if (report.Benchmarks.Count == 0 && report.Added.Count == 0 && report.Removed.Count == 0)
                throw new ReportInputException($"no benchmark matches the filter in {baseSide.Path} or {diffSide.Path}");
            if (!report.Benchmarks.Any(b => b.Time is not null))
            {
                var why = report.Benchmarks.Count == 0 && report.Failed.Count > 0 ? $"every common benchmark failed on a side ({report.Failed.Count})"
                    : report.Benchmarks.Count == 0 ? "base and diff have no benchmark in common"
                    : "no common benchmark could be compared (see 'Not compared' in the markdown)";
                throw new ReportInputException($"nothing was compared: {why} ({baseSide.Path} vs {diffSide.Path})");
            }
            if (RunSide.SameExports(baseSide, diffSide))
                result.InvocationConfiguration.Error.WriteLine($"perflab compare: warning: base and diff are the same exports ({baseSide.Path}): every verdict is 'same' by construction");

            var output = result.InvocationConfiguration.Output;
            var markdownText = CompareMarkdown.Render(report);
            if (markdownPath is not null) Write(markdownPath, markdownText);
            else output.Write(markdownText);
            if (jsonPath is not null) Write(jsonPath, CompareJson.Render(report));

            output.WriteLine(Summary(report));
            return failOnRegression && report.HasRegression ? RegressionFound : ReportingCommands.Success;
        });
        return command;
    }

    private static bool ParseFailOn(string? text) => text switch
    {
        null or "none" => false,
        "regression" => true,
        _ => throw new ReportInputException($"--fail-on '{text}': expected 'regression' or 'none'"),
    };

    /// <summary><c>10%</c> or <c>10</c> (percent).</summary>
    public static double ParseThreshold(string text) => ParsePercent(text, "--threshold");

    /// <summary>A percentage above 0 (<c>10%</c> or <c>10</c>) as a fraction; <paramref name="option"/> names it in the error.</summary>
    public static double ParsePercent(string text, string option)
    {
        var number = text.Trim().TrimEnd('%').Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !(percent > 0) || percent >= 1000)
            throw new ReportInputException($"{option} '{text}': expected a percentage above 0, such as 10%");
        return percent / 100;
    }

    /// <summary>A time with a unit (<c>ns</c>, <c>us</c>/<c>μs</c>, <c>ms</c>, <c>s</c>), or plain nanoseconds; in nanoseconds.</summary>
    public static double ParseNoise(string text)
    {
        (string Unit, double Nanoseconds)[] units = [("ns", 1), ("us", 1e3), ("μs", 1e3), ("µs", 1e3), ("ms", 1e6), ("s", 1e9)];
        var trimmed = text.Trim();
        var (unit, scale) = units.FirstOrDefault(u => trimmed.EndsWith(u.Unit, StringComparison.OrdinalIgnoreCase), ("", 1));
        if (!double.TryParse(trimmed[..^unit.Length].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= 0) || double.IsInfinity(value))
            throw new ReportInputException($"--noise '{text}': expected a non-negative time such as 1ns or 0.5us");
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
            throw new ReportInputException($"{path}: cannot be written ({e.Message})", e);
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
