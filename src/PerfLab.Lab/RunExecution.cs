namespace PerfLab.Lab;

/// <summary>
/// One suite's run while it executes: where it is built from (the repository, or an A/B's base worktree), its folder
/// <c>&lt;artifacts&gt;/&lt;suite&gt;/&lt;runId&gt;</c> and its manifest, saved after every change.
/// </summary>
public sealed class RunExecution(Suite suite, string tree, string folder, string label, string commit, RunManifest manifest)
{
    public Suite Suite { get; } = suite;

    public string Tree { get; } = tree;

    public string Folder { get; } = folder;

    /// <summary>How the run is named in round orders and progress lines: "orm", or "orm base" / "orm head" in an A/B.</summary>
    public string Label { get; } = label;

    public string Commit { get; } = commit;

    public RunManifest Manifest { get; private set; } = manifest;

    public string ManifestPath => Path.Combine(Folder, RunManifest.FileName);

    public string RoundFolder(RoundRecord round) => Path.Combine(Folder, round.Artifacts);

    /// <summary>Finished ok and its export is still there: a resume keeps it.</summary>
    public bool IsDone(RoundRecord round) => round.Status == RoundStatus.Ok && HasExport(RoundFolder(round));

    public void Update(Func<RunManifest, RunManifest> change)
    {
        Manifest = change(Manifest);
        ManifestStore.Save(ManifestPath, Manifest);
    }

    /// <summary>A BenchmarkDotNet full JSON export (plain or compressed, possibly gzip-ed) anywhere under the folder.</summary>
    public static bool HasExport(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*-report-full*.json*", SearchOption.AllDirectories).Any();

    /// <summary>A new run id, unique per run: <c>20261127T150102Z-orm-a1b2</c>.</summary>
    public static string NewRunId(DateTimeOffset now, string suite) =>
        $"{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{suite}-{Random.Shared.Next(0x10000):x4}";

    /// <summary>
    /// The runs of one pass: every suite (and side) gets a run id and a manifest with all rounds pending, each round
    /// recording the order in which the pass's runs execute in it (one plan for all, from the run seed).
    /// </summary>
    public static IReadOnlyList<RunExecution> StartPass(IReadOnlyList<RunTarget> targets, PassSettings settings, DateTimeOffset now)
    {
        var plan = RoundPlanner.Plan(targets.Select(t => t.Label).ToArray(), settings.Rounds, settings.RunSeed);
        var log = plan.Select(p => new RoundRecord { Index = p.Index, Seed = p.Seed, Order = p.Order, Artifacts = RoundRecord.FolderName(p.Index) }).ToArray();
        return targets.Select(target =>
        {
            var runId = NewRunId(now, target.Suite.Name);
            var manifest = new RunManifest
            {
                Suite = target.Suite.Name, Side = target.Side, RunId = runId, Pass = settings.Pass, Profile = settings.Profile, Commit = target.Commit,
                RunSeed = settings.RunSeed, Rounds = settings.Rounds, Suites = settings.Suites, Reproducibility = settings.Reproducibility,
                BenchmarkArgs = settings.BenchmarkArgs, Placement = settings.Placement, StartedUtc = now, Machine = PerfLab.Machine.MachineIdentity.Read(), RoundLog = log,
            };
            var run = new RunExecution(target.Suite, target.Tree, Path.Combine(target.Artifacts, target.Suite.Name, runId), target.Label, target.Commit, manifest);
            run.Update(m => m);
            return run;
        }).ToArray();
    }
}
