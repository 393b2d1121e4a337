using System.CommandLine;

namespace PerfLab.Lab;

/// <summary>
/// <c>perflab ab --base &lt;ref&gt;</c>: the base commit built in a temporary git worktree, the current tree in place, both
/// run in the same rounds (each round runs base and head of every suite once, in a seeded random order), then compare;
/// --confirm re-runs the regressed benchmarks the same way and fails only if they regress again.
/// </summary>
public static class AbCommand
{
    public static Command Create(LabContext context, IReadOnlyList<string> passThrough)
    {
        var common = new CommonOptions(passThrough);
        var baseRef = new Option<string>("--base", "-b") { Description = "The git ref to compare the current tree against (a branch, tag or commit)", Required = true };
        var confirm = new Option<bool>("--confirm") { Description = "When compare finds regressions, re-run only those benchmarks (same rounds, interleaved) and exit 1 only if they regress again" };
        var threshold = CompareCommand.ThresholdOption("compare --threshold: smallest relative change called faster/slower");
        var noise = CompareCommand.NoiseOption("compare --noise: absolute noise floor, e.g. 1ns, 0.5us");

        var command = new Command("ab",
            "Interleaved A/B: --base built in a temporary git worktree, the current tree in place; every round runs base and head of each suite once, " +
            "in an order shuffled from the round seed; then compare (exit 1 on a regression). Exports: <artifacts>/{base,head}/<suite>/<runId>/round-kk") { baseRef };
        common.AddTo(command);
        command.Options.Add(confirm);
        command.Options.Add(threshold);
        command.Options.Add(noise);
        command.SetAction(async (parsed, _) =>
        {
            var reference = parsed.GetValue(baseRef)!;
            var baseCommit = context.Git.ResolveCommit(reference) ?? throw new BadInputException($"--base '{reference}' is not a commit in this repository");
            var profile = Profiles.Validate(parsed.GetValue(common.Profile));
            var suites = OptionRules.Suites(parsed.GetValue(common.Suite));
            var request = new AbRequest(
                reference,
                baseCommit,
                suites,
                new PassSettings(profile, Profiles.ValidateRounds(parsed.GetValue(common.Rounds), profile), OptionRules.Seed(parsed.GetValue(common.Seed)),
                    suites.Select(s => s.Name).ToArray(), Reproducibility: false, common.BenchmarkArguments(parsed), Placement: common.PlacementSetting(parsed)),
                parsed.GetValue(common.Artifacts) is { } given ? LabContext.FullPath(given) : CommonOptions.DefaultArtifacts(context, "ab"),
                parsed.GetValue(common.NoBuild),
                parsed.GetValue(confirm),
                // Checked now, so a typo fails before an hour of A/B rounds, not after.
                CompareCommand.Policy(parsed.GetValue(threshold)!, parsed.GetValue(noise)!));
            return await new AbRun(context, request).ExecuteAsync();
        });
        return command;
    }
}
