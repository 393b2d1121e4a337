using System.CommandLine;

namespace PerfLab.Lab;

/// <summary>
/// <c>perflab run</c>: build once, run every selected suite for R rounds interleaved by round (round 1 of every suite,
/// then round 2, ...; the suites' order within a round shuffled from the round seed), record run.json after every
/// round, optionally a second independent run for the reproducibility figures, then the report.
/// </summary>
public static class RunCommand
{
    public static Command Create(LabContext context, IReadOnlyList<string> passThrough)
    {
        var common = new CommonOptions(passThrough);
        var results = new Option<string?>("--results")
        {
            Description = "Where the report is written (default: results/ for the results profile, <artifacts>/report for quick; a quick run is never written into results/)",
        };
        var reproducibility = new Option<bool>("--reproducibility")
        {
            Description = "After the run, a second independent run of the same suites (new run id, new seed) for the noise page's reproducibility figures",
        };
        var reproduce = new Option<bool>("--reproduce")
        {
            Description = "Only the reproducibility run, paired with each suite's published run in results/raw (which stays): built from the " +
                          "published run's commit, on another machine or after a reboot (refused on the boot the published run was measured on); " +
                          "a part is reproduced with the --engine and --part it was published with",
        };
        var noReport = new Option<bool>("--no-report") { Description = "Skip the report step" };
        var resume = new Option<string?>("--resume")
        {
            Description = "Continue a stopped run: the --artifacts folder of that run. Finished rounds are kept, the rest re-run with their recorded seeds; the recorded options apply",
        };

        var command = new Command("run",
            "Build once, run the suites in randomized interleaved rounds (every round runs each suite once, in an order shuffled from the round seed; " +
            "the bench program shuffles its cases from the same seed), record <artifacts>/<suite>/<runId>/run.json after every round, then write the report");
        common.AddTo(command);
        command.Options.Add(results);
        command.Options.Add(reproducibility);
        command.Options.Add(reproduce);
        command.Options.Add(noReport);
        command.Options.Add(resume);
        command.SetAction(async (parsed, _) =>
        {
            var request = Validate(parsed, context, common, results, reproducibility, reproduce, noReport, resume);
            return await new LabRun(context, request).ExecuteAsync();
        });
        return command;
    }

    private static RunRequest Validate(ParseResult parsed, LabContext context, CommonOptions common, Option<string?> results,
        Option<bool> reproducibility, Option<bool> reproduce, Option<bool> noReport, Option<string?> resume)
    {
        if (parsed.GetValue(reproduce)) return ValidateReproduce(parsed, context, common, results, reproducibility, noReport, resume);
        var commit = context.Git.CommitLabel();
        var resumed = parsed.GetValue(resume) is { } folder ? Resumable(LabContext.FullPath(folder), commit, context) : [];

        PassSettings settings;
        string artifacts;
        if (resumed.Count > 0)
        {
            var recorded = PassSettings.Of(resumed[0].Manifest);
            settings = recorded;
            artifacts = LabContext.FullPath(parsed.GetValue(resume)!);
            // The recorded options are the run's; one given again must say the same, or it would silently not apply.
            RefuseChange(parsed, common.Profile, Profiles.Validate(parsed.GetValue(common.Profile)), recorded.Profile);
            RefuseChange(parsed, common.Rounds, parsed.GetValue(common.Rounds)?.ToString(), recorded.Rounds.ToString());
            RefuseChange(parsed, common.Seed, parsed.GetValue(common.Seed)?.ToString(), recorded.RunSeed.ToString());
            RefuseChange(parsed, common.Suite, string.Join(",", OptionRules.Suites(parsed.GetValue(common.Suite)).Select(s => s.Name)), string.Join(",", recorded.Suites));
            RefuseChange(parsed, reproducibility, parsed.GetValue(reproducibility).ToString(), recorded.Reproducibility.ToString());
            RefuseChange(parsed, common.Placement, common.PlacementSetting(parsed), recorded.Placement ?? "");
            RefuseChange(parsed, common.Artifacts, parsed.GetValue(common.Artifacts) is { } a ? LabContext.FullPath(a) : null, artifacts);
            var benchmarkArgs = common.BenchmarkArguments(parsed);
            if (benchmarkArgs.Count > 0 && !benchmarkArgs.SequenceEqual(recorded.BenchmarkArgs))
                throw new BadInputException($"the BenchmarkDotNet arguments differ from the run being resumed ({string.Join(' ', recorded.BenchmarkArgs)}): give none, the recorded ones apply");
        }
        else
        {
            var profile = Profiles.Validate(parsed.GetValue(common.Profile));
            var suites = OptionRules.Suites(parsed.GetValue(common.Suite));
            settings = new PassSettings(profile, Profiles.ValidateRounds(parsed.GetValue(common.Rounds), profile), OptionRules.Seed(parsed.GetValue(common.Seed)),
                suites.Select(s => s.Name).ToArray(), parsed.GetValue(reproducibility), common.BenchmarkArguments(parsed), Placement: common.PlacementSetting(parsed));
            artifacts = parsed.GetValue(common.Artifacts) is { } given ? LabContext.FullPath(given) : CommonOptions.DefaultArtifacts(context, "run");
        }

        var published = context.PublishedResults;
        var output = parsed.GetValue(results) is { } r ? LabContext.FullPath(r)
            // Beside the artifacts, not in them: the report refuses an output inside its input (it would read its own raw/ back).
            : settings.Profile == LabNames.Profiles.Quick ? QuickReportFolder(artifacts) : published;
        if (settings.Profile == LabNames.Profiles.Quick && !parsed.GetValue(noReport) && string.Equals(output, published, StringComparison.Ordinal))
            throw new BadInputException("--results results/ with --profile quick: quick times mean nothing and are never published");

        return new RunRequest(settings.Suites.Select(n => SuiteRegistry.Find(n)!).ToArray(), settings, artifacts, output,
            parsed.GetValue(common.NoBuild), parsed.GetValue(noReport), commit, resumed);
    }

    /// <summary>
    /// <c>--reproduce</c>: the published run of every selected suite (or engine part), each to be built from its commit;
    /// refused where the pair could not be what it is for (the same boot, another profile, a report written elsewhere).
    /// </summary>
    private static RunRequest ValidateReproduce(ParseResult parsed, LabContext context, CommonOptions common, Option<string?> results,
        Option<bool> reproducibility, Option<bool> noReport, Option<string?> resume)
    {
        if (parsed.GetValue(reproducibility)) throw new BadInputException("--reproduce with --reproducibility: --reproducibility publishes a new run and its repeat; --reproduce repeats the published run");
        if (parsed.GetValue(resume) is not null) throw new BadInputException("--reproduce with --resume: a reproducibility run cannot be resumed, start it again");
        var profile = Profiles.Validate(parsed.GetValue(common.Profile));
        if (profile != LabNames.Profiles.Results) throw new BadInputException($"--reproduce with --profile {profile}: only {LabNames.Profiles.Results}-profile runs are published and reproduced");
        if (parsed.GetValue(results) is { } r && LabContext.FullPath(r) != context.PublishedResults)
            throw new BadInputException("--reproduce with --results: a reproducibility run is reported beside its published run, into results/");

        var suites = OptionRules.Suites(parsed.GetValue(common.Suite));
        var benchmarkArgs = common.BenchmarkArguments(parsed);
        var engine = common.EngineName(parsed);
        var part = common.PartName(parsed);
        var machine = PerfLab.Machine.MachineIdentity.Read();
        var reproduced = suites.Select(s => PublishedRun.Find(Path.Combine(context.PublishedResults, "raw"), s, engine, part)).ToArray();
        foreach (var run in reproduced)
        {
            if (run.SameBootReason(machine) is { } reason)
                throw new BadInputException($"--reproduce: {reason}; a reproducibility run must come from another machine or boot (or publish both here with --reproducibility)");
            if (context.Git.ResolveCommit(run.Commit) is null)
                throw new BadInputException($"--reproduce: commit {run.Commit} of the published run of {run.Suite} ({run.RunId}) is not in this repository");
        }
        // As many rounds as the published run, unless told otherwise.
        var rounds = Profiles.ValidateRounds(parsed.GetValue(common.Rounds) ?? reproduced.Max(p => p.Rounds), profile);
        var settings = new PassSettings(profile, rounds, OptionRules.Seed(parsed.GetValue(common.Seed)),
            suites.Select(s => s.Name).ToArray(), Reproducibility: false, benchmarkArgs, Pass: 2, Placement: common.PlacementSetting(parsed));
        var artifacts = parsed.GetValue(common.Artifacts) is { } a ? LabContext.FullPath(a) : CommonOptions.DefaultArtifacts(context, "reproduce");
        return new RunRequest(suites, settings, artifacts, context.PublishedResults, parsed.GetValue(common.NoBuild), parsed.GetValue(noReport),
            context.Git.CommitLabel(), [], reproduced);
    }

    /// <summary>The manifests of a run to continue; refuses a folder without one, an A/B, or a tree at another commit.</summary>
    private static IReadOnlyList<(string Path, RunManifest Manifest)> Resumable(string folder, string commit, LabContext context)
    {
        if (!Directory.Exists(folder)) throw new BadInputException($"--resume {folder}: no such folder");
        var manifests = ManifestStore.FindAll(folder).Select(p => (Path: p, Manifest: ManifestStore.Load(p))).ToArray();
        if (manifests.Length == 0) throw new BadInputException($"--resume {folder}: no {RunManifest.FileName} in it (give the --artifacts folder of the run)");
        if (manifests.Any(m => m.Manifest.Side is not null)) throw new BadInputException($"--resume {folder}: an A/B run cannot be resumed, start it again");
        if (manifests.Any(m => m.Manifest.Reproduces is not null)) throw new BadInputException($"--resume {folder}: a --reproduce run cannot be resumed, start it again");
        foreach (var (path, manifest) in manifests)
        {
            if (SuiteRegistry.Find(manifest.Suite) is null) throw new BadInputException($"{path}: suite '{manifest.Suite}' is not registered");
        }
        var recorded = manifests.Select(m => m.Manifest.Commit).Distinct().ToArray();
        if (recorded.Length != 1 || StripDirty(recorded[0]) != StripDirty(commit))
            throw new BadInputException($"--resume {folder}: the run measured {string.Join(", ", recorded)} but the tree is at {commit}; check that commit out, or start a new run");
        if (commit.EndsWith(DirtySuffix, StringComparison.Ordinal) || recorded[0] != commit)
            context.Warn($"uncommitted changes (the run recorded {recorded[0]}, the tree is {commit}): the finished rounds are kept, make sure they measured this code");
        return manifests.OrderBy(m => m.Manifest.Pass).ThenBy(m => m.Manifest.StartedUtc).ToArray();
    }

    private const string DirtySuffix = "-dirty";

    private static string StripDirty(string commit) => commit.EndsWith(DirtySuffix, StringComparison.Ordinal) ? commit[..^DirtySuffix.Length] : commit;

    private static void RefuseChange(ParseResult parsed, Symbol option, string? given, string recorded)
    {
        var wasGiven = option switch
        {
            Option o => parsed.GetResult(o) is { Implicit: false },
            _ => false,
        };
        if (wasGiven && !string.Equals(given, recorded, StringComparison.OrdinalIgnoreCase))
            throw new BadInputException($"{option.Name} {given} differs from the run being resumed ({recorded}): give none, the recorded options apply");
    }

    /// <summary>Where a quick run's report goes: a sibling of its artifacts folder (<c>run-…</c> → <c>run-…-report</c>).</summary>
    public static string QuickReportFolder(string artifacts) => Path.TrimEndingDirectorySeparator(artifacts) + "-report";
}
