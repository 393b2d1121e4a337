using PerfLab.Reporting;

namespace PerfLab.Lab;

/// <summary>Executes a validated <c>perflab run</c>: build, the run (and the reproducibility run), the report.</summary>
public sealed class LabRun(LabContext context, RunRequest request)
{
    public async Task<int> ExecuteAsync()
    {
        var started = context.Time.GetUtcNow();
        var failures = new List<string>();
        if (request.Reproduces is { } reproduces)
        {
            var outcome = await ReproduceAsync(reproduces);
            if (outcome is null) return ExitCodes.Failure;
            if (outcome.Interrupted) return ExitCodes.Interrupted;
            failures.AddRange(outcome.Failures);
        }
        else
        {
            if (!request.NoBuild && !await Builds.RunAsync(context, context.RepositoryRoot, request.Suites)) return ExitCodes.Failure;
            if (await RunPassesAsync(failures)) return ExitCodes.Interrupted;
        }

        if (!request.NoReport)
        {
            context.Step($"Report: {request.Artifacts} -> {request.Results}");
            var publishing = request.Results == context.PublishedResults;
            // Published results keep the other suites: their raw exports go into the report's input beside this run's
            // (and a reproducibility run made with --reproduce beside the published run it repeats and its other boots' repeats).
            var machineBoot = request.Reproduces is null ? null : PerfLab.Machine.MachineIdentity.Read().GetValueOrDefault(PerfLab.Machine.MachineIdentity.BootId);
            using var published = publishing
                ? PublishedInput.Stage(Path.Combine(context.PublishedResults, "raw"), request.Artifacts, request.Suites, request.Reproduces?.SelectMany(r => r.KeptBeside(machineBoot)).ToArray())
                : null;
            // The repository's README carries the findings of the published results only, never of a run written elsewhere.
            var options = new ReportOptions(context.FindingsFile, publishing ? Path.Combine(context.RepositoryRoot, "README.md") : null) { SourceRoot = context.RepositoryRoot };
            try
            {
                ReportCommand.Write(published?.Folder ?? request.Artifacts, request.Results, options, context.Output, context.Error, context.Cancellation);
            }
            catch (BadInputException e)
            {
                // The rounds are measured and kept: a report that cannot be made fails the run, it was not bad input to it.
                context.Error.WriteLine($"perflab report: {e.Message}");
                failures.Add("report");
            }
        }

        var total = ProgressLine.Duration(context.Time.GetUtcNow() - started);
        if (failures.Count > 0)
        {
            context.Error.WriteLine($"perflab: failed: {string.Join(", ", failures)} (total {total})");
            return ExitCodes.Failure;
        }
        context.Output.WriteLine($"All done in {total}. Exports: {request.Artifacts}");
        return ExitCodes.Success;
    }

    /// <summary>The run and, with --reproducibility, its reproducibility run; true when interrupted.</summary>
    private async Task<bool> RunPassesAsync(List<string> failures)
    {
        var executor = new RoundExecutor(context);
        var passes = request.Settings.Reproducibility ? 2 : 1;
        for (var pass = 1; pass <= passes; pass++)
        {
            var runs = Runs(pass);
            context.Step($"{(pass == 1 ? "Run" : "Reproducibility run")}: {string.Join(", ", runs.Select(r => $"{r.Suite.Name} {r.Manifest.RunId}"))}, " +
                         $"{request.Settings.Rounds} round(s), {request.Settings.Profile} profile, run seed {runs[0].Manifest.RunSeed} -> {request.Artifacts}");
            // The reproducibility run is as long again: the estimated finish counts it from the start.
            var afterwards = pass < passes ? Enumerable.Repeat(runs.Select(r => r.Label), request.Settings.Rounds).SelectMany(l => l).ToArray() : [];
            var outcome = await executor.ExecuteAsync(runs, afterwards);
            failures.AddRange(outcome.Failures);
            if (outcome.Interrupted) return true;
        }
        return false;
    }

    /// <summary>
    /// --reproduce: each suite built from its published run's commit (the repository itself when that is the clean tree,
    /// else a temporary worktree, like an A/B's base) and run as a reproducibility pass; null when a build failed.
    /// </summary>
    private async Task<PassOutcome?> ReproduceAsync(IReadOnlyList<PublishedRun> reproduces)
    {
        var head = request.Commit;
        var trees = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var commit in reproduces.Select(r => r.Commit).Distinct(StringComparer.Ordinal))
            {
                var suites = request.Suites.Where(s => reproduces.Any(r => r.Suite == s.Name && r.Commit == commit)).ToArray();
                string tree;
                if (head == commit)
                {
                    tree = context.RepositoryRoot;
                    if (request.NoBuild) { trees[commit] = tree; continue; }
                }
                else
                {
                    // Outside the repository: BenchmarkDotNet searches the tree it runs in for the project, and must find one copy.
                    tree = Path.Combine(Path.GetTempPath(), $"perflab-reproduce-{commit}-{Environment.ProcessId}");
                    context.Step($"Published commit {commit} -> worktree {tree}");
                    context.Git.AddWorktree(tree, commit);
                }
                trees[commit] = tree;
                if (!await Builds.RunAsync(context, tree, suites)) return null;
            }

            var targets = reproduces.Select(r => new RunTarget(request.Suites.Single(s => s.Name == r.Suite), trees[r.Commit], r.Commit, request.Artifacts, Side: null)).ToArray();
            var settings = request.Settings;
            var runs = RunExecution.StartPass(targets, settings, context.Time.GetUtcNow());
            foreach (var run in runs) run.Update(m => m with { Reproduces = reproduces.Single(r => r.Suite == run.Suite.Name).RunId });
            context.Step($"Reproducibility run: {string.Join(", ", runs.Select(r => $"{r.Suite.Name} {r.Manifest.RunId} of {r.Commit} (repeats {r.Manifest.Reproduces})"))}, " +
                         $"{settings.Rounds} round(s), run seed {settings.RunSeed} -> {request.Artifacts}");
            return await new RoundExecutor(context).ExecuteAsync(runs);
        }
        finally
        {
            foreach (var tree in trees.Values.Where(t => t != context.RepositoryRoot)) context.Git.RemoveWorktree(tree);
        }
    }

    /// <summary>A pass's runs: those recorded in the resumed folder, else new ones (the reproducibility pass draws its own seed).</summary>
    private IReadOnlyList<RunExecution> Runs(int pass)
    {
        var recorded = request.Resumed.Where(r => r.Manifest.Pass == pass).ToArray();
        if (recorded.Length > 0)
        {
            return recorded.Select(r => new RunExecution(SuiteRegistry.Find(r.Manifest.Suite)!, context.RepositoryRoot, Path.GetDirectoryName(r.Path)!,
                r.Manifest.Suite, request.Commit, r.Manifest)).ToArray();
        }
        var settings = pass == 1 ? request.Settings : request.Settings with { Pass = pass, RunSeed = RoundPlanner.NewRunSeed() };
        var targets = request.Suites.Select(s => new RunTarget(s, context.RepositoryRoot, request.Commit, request.Artifacts, Side: null)).ToArray();
        return RunExecution.StartPass(targets, settings, context.Time.GetUtcNow());
    }
}
