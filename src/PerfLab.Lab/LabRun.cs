namespace PerfLab.Lab;

/// <summary>Executes a validated <c>perflab run</c>: build, the run (and the reproducibility run), the report.</summary>
public sealed class LabRun(LabContext context, RunRequest request)
{
    public async Task<int> ExecuteAsync()
    {
        var started = context.Time.GetUtcNow();
        if (!request.NoBuild && !await Builds.RunAsync(context, context.RepositoryRoot, request.Suites)) return ExitCodes.Failure;

        var failures = new List<string>();
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
            if (outcome.Interrupted) return ExitCodes.Interrupted;
        }

        if (!request.NoReport)
        {
            context.Step($"Report: {request.Artifacts} -> {request.Results}");
            var publishing = request.Results == context.PublishedResults;
            // Published results keep the other suites: their raw exports go into the report's input beside this run's.
            using var published = publishing ? PublishedInput.Stage(Path.Combine(context.PublishedResults, "raw"), request.Artifacts, request.Suites) : null;
            List<string> arguments = ["report", "--input", published?.Folder ?? request.Artifacts, "--output", request.Results,
                "--findings", context.FindingsFile];
            // The repository's README carries the findings of the published results only, never of a run written elsewhere.
            if (publishing) arguments.AddRange(["--readme", Path.Combine(context.RepositoryRoot, "README.md")]);
            if (ReportingTool.Run(arguments, context.Output, context.Error, context.Cancellation) != ExitCodes.Success) failures.Add("report");
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

    /// <summary>A pass's runs: those recorded in the resumed folder, else new ones (the reproducibility pass draws its own seed).</summary>
    private IReadOnlyList<SuiteRun> Runs(int pass)
    {
        var recorded = request.Resumed.Where(r => r.Manifest.Pass == pass).ToArray();
        if (recorded.Length > 0)
        {
            return recorded.Select(r => new SuiteRun(SuiteRegistry.Find(r.Manifest.Suite)!, context.RepositoryRoot, Path.GetDirectoryName(r.Path)!,
                r.Manifest.Suite, request.Commit, r.Manifest)).ToArray();
        }
        var settings = pass == 1 ? request.Settings : request.Settings with { Pass = pass, RunSeed = RoundPlanner.NewRunSeed() };
        var targets = request.Suites.Select(s => new RunTarget(s, context.RepositoryRoot, request.Commit, request.Artifacts, Side: null)).ToArray();
        return SuiteRun.StartPass(targets, settings, context.Time.GetUtcNow());
    }
}
