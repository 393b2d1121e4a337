using System.CommandLine;
using System.Text;

namespace PerfLab.Compare;

/// <summary>
/// <c>power --base &lt;run&gt; --diff &lt;run of the same build&gt;</c>: compare's false-alarm rate and the shifts it detects,
/// measured on an A/A pair (see <see cref="DetectionPower"/>). Exit 0, or 2 on bad input.
/// </summary>
public static class PowerCommand
{
    /// <summary>"Reliably detected": flagged slower in at least this share of the benchmarks.</summary>
    public const double Reliable = 0.90;

    public static Command Create()
    {
        var baseOption = new Option<string>("--base", "-b") { Description = "Exports of one run (file or folder, searched recursively)", Required = true };
        var diffOption = new Option<string>("--diff", "-d") { Description = "Exports of an independent run of the same build: the A/A pair", Required = true };
        var threshold = CompareCommand.ThresholdOption("compare's threshold, e.g. 10%");
        var noise = CompareCommand.NoiseOption("compare's absolute noise floor, e.g. 1ns");
        var shifts = new Option<string>("--shifts") { Description = "Injected slowdowns, comma-separated (the A/A row, 0%, is always included), e.g. 5%,10%,20%" };
        var markdown = new Option<string>("--markdown") { Description = "Write the table here instead of stdout" };

        var command = new Command("power", "Measure compare's false alarms and detection power on two runs of the same build (an A/A pair), injecting known slowdowns")
        {
            baseOption, diffOption, threshold, noise, shifts, markdown,
        };
        command.SetAction(result =>
        {
            var policy = CompareCommand.Policy(result.GetValue(threshold)!, result.GetValue(noise)!);
            var injected = result.GetValue(shifts) is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(shift => CompareCommand.ParsePercent(shift, "--shifts")).Prepend(0).Distinct().Order().ToArray()
                : DetectionPower.DefaultShifts;
            var baseSide = RunSide.Load(result.GetValue(baseOption)!);
            var diffSide = RunSide.Load(result.GetValue(diffOption)!);
            if (RunSide.SameExports(baseSide, diffSide))
                throw new BadInputException($"base and diff are the same exports ({baseSide.Path}): an A/A pair needs two independent runs");

            var text = Render(DetectionPower.Measure(baseSide, diffSide, policy, injected), policy);
            if (result.GetValue(markdown) is { } path) File.WriteAllText(path, text);
            else result.InvocationConfiguration.Output.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Render(IReadOnlyList<PowerRow> rows, ComparePolicy policy)
    {
        var text = new StringBuilder();
        text.Append($"Threshold {CompareText.Percent(policy.Threshold)}, {rows[0].Benchmarks} benchmarks measured in both runs.\n\n");
        text.Append("| injected slowdown | slower | faster | same | inconclusive | flagged |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var row in rows)
        {
            text.Append($"| {(row.Shift == 0 ? "none (A/A)" : "+" + CompareText.Percent(row.Shift))} | {row.Slower} | {row.Faster} | {row.Same} | {row.Inconclusive} | " +
                        $"{CompareText.Percent(row.Flagged)} |\n");
        }
        var smallest = DetectionPower.SmallestDetected(rows, Reliable);
        text.Append($"\nFalse alarms (A/A): {rows[0].Slower + rows[0].Faster} of {rows[0].Benchmarks} ({CompareText.Percent(rows[0].Flagged)}). ");
        text.Append(smallest is { } s
            ? $"Smallest injected slowdown flagged in at least {CompareText.Percent(Reliable)} of the benchmarks: +{CompareText.Percent(s)}.\n"
            : $"No injected slowdown was flagged in {CompareText.Percent(Reliable)} of the benchmarks.\n");
        return text.ToString();
    }
}
