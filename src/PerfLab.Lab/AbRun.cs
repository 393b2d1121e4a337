namespace PerfLab.Lab;

/// <summary>Executes a validated <c>perflab ab</c>: base worktree, builds, interleaved rounds, compare, optional confirmation.</summary>
public sealed class AbRun(LabContext context, AbRequest request)
{
    public const string Base = "base";
    public const string Head = "head";

    public async Task<int> ExecuteAsync()
    {
        var baseLabel = request.BaseCommit[..12];
        var headLabel = context.Git.CommitLabel();
        // Outside the repository: BenchmarkDotNet searches the tree it runs in for the project, and must find one copy.
        var baseTree = Path.Combine(Path.GetTempPath(), $"perflab-base-{baseLabel}-{Environment.ProcessId}");
        context.Step($"Base {request.BaseRef} ({baseLabel}) -> worktree {baseTree}");
        context.Git.AddWorktree(baseTree, request.BaseCommit);
        try
        {
            var missing = request.Suites.Where(s => !Directory.Exists(Path.Combine(baseTree, s.Project))).Select(s => s.Name).ToArray();
            if (missing.Length > 0) throw new BadInputException($"suite(s) {string.Join(", ", missing)} do not exist at {request.BaseRef} ({baseLabel})");
            if (!await Builds.RunAsync(context, baseTree, request.Suites)) return ExitCodes.Failure;
            if (!request.NoBuild && !await Builds.RunAsync(context, context.RepositoryRoot, request.Suites)) return ExitCodes.Failure;

            var executor = new RoundExecutor(context);
            var first = await Interleave(executor, request.Artifacts, request.Settings, baseTree, baseLabel, headLabel);
            if (first.Interrupted) return ExitCodes.Interrupted;
            var failures = first.Failures.ToList();
            var comparison = Compare(request.Artifacts, "comparison", []);
            var regressed = Regressed(comparison);

            if (regressed.Count > 0 && request.Confirm)
            {
                var methods = ConfirmationFilter.Methods(regressed);
                context.Step($"Confirming {regressed.Count} regression(s) with another interleaved run: {string.Join(", ", methods)}");
                var confirmation = request.Settings with
                {
                    RunSeed = RoundPlanner.NewRunSeed(),
                    BenchmarkArgs = ["--filter", .. methods, .. BenchArguments.WithoutFilter(request.Settings.BenchmarkArgs)],
                };
                var confirmFolder = Path.Combine(request.Artifacts, "confirm");
                var second = await Interleave(executor, confirmFolder, confirmation, baseTree, baseLabel, headLabel);
                if (second.Interrupted) return ExitCodes.Interrupted;
                failures.AddRange(second.Failures);
                regressed = Regressed(Compare(confirmFolder, "comparison-confirm", regressed));
                context.Output.WriteLine($"    regression {(regressed.Count > 0 ? "confirmed" : "not confirmed")} (see {Path.Combine(confirmFolder, "comparison-confirm.md")})");
            }

            foreach (var failure in failures) context.Error.WriteLine($"perflab: FAILED: {failure}");
            return regressed.Count > 0 || failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        }
        finally
        {
            context.Git.RemoveWorktree(baseTree);
        }
    }

    /// <summary>One A/B pass: every suite's base and head run as units of the same rounds; exports under &lt;folder&gt;/base and &lt;folder&gt;/head.</summary>
    private async Task<PassOutcome> Interleave(RoundExecutor executor, string folder, PassSettings settings, string baseTree, string baseLabel, string headLabel)
    {
        var targets = request.Suites.SelectMany(s => new[]
        {
            new RunTarget(s, baseTree, baseLabel, Path.Combine(folder, Base), Base),
            new RunTarget(s, context.RepositoryRoot, headLabel, Path.Combine(folder, Head), Head),
        }).ToArray();
        var runs = RunExecution.StartPass(targets, settings, context.Time.GetUtcNow());
        context.Step($"A/B: {string.Join(", ", request.Suites.Select(s => s.Name))}, {settings.Rounds} round(s), {settings.Profile} profile, run seed {settings.RunSeed} -> {folder}");
        return await executor.ExecuteAsync(runs);
    }

    /// <summary>compare of &lt;folder&gt;/base with &lt;folder&gt;/head, into &lt;Artifacts&gt;/&lt;name&gt;.md and .json.</summary>
    private CompareResult Compare(string folder, string name, IReadOnlyList<string> filters)
    {
        context.Step($"Compare: {Path.Combine(folder, Base)} -> {Path.Combine(folder, Head)}");
        var comparison = new CompareRequest(Path.Combine(folder, Base), Path.Combine(folder, Head), request.Policy, filters, FailOnRegression: true,
            Markdown: Path.Combine(request.Artifacts, $"{name}.md"), Json: Path.Combine(request.Artifacts, $"{name}.json"));
        return CompareCommand.Run(comparison, context.Output, context.Error);
    }

    /// <summary>The full names of the benchmarks a comparison called slower: what the confirmation re-runs, and what fails the A/B.</summary>
    private static IReadOnlyList<string> Regressed(CompareResult comparison) => comparison.WithVerdict(Verdict.Slower).Select(b => b.FullName).ToArray();
}
