namespace PerfLab.Lab;

/// <summary>The command lines perflab gives dotnet: builds, and one round of one suite's bench program (src/PerfLab.Lab/README.md, "Rounds").</summary>
public static class BenchArguments
{
    private static readonly string[] FilterOptions = ["--filter", "-f"];

    // Options that choose the benchmarks themselves; without one BenchmarkSwitcher would ask interactively.
    private static readonly string[] SelectionOptions = [.. FilterOptions, "--list", "--anyCategories", "--allCategories"];

    public static ProcessSpec Build(string tree, Suite suite) =>
        new("dotnet", ["build", Path.Combine(tree, suite.Project), "-c", "Release", "--nologo", "-v", "quiet"], tree, Empty);

    /// <summary>
    /// One round: <c>dotnet run --no-build --project &lt;tree&gt;/&lt;project&gt; -- --profile P --run ID --round k --rounds R --seed S
    /// --artifacts DIR [BenchmarkDotNet args]</c>, run from the tree (BenchmarkDotNet finds the project from the working directory).
    /// </summary>
    /// <param name="scratch">The run's <see cref="PerfLab.Machine.RunScratch"/> folder, named to the bench program; null for none.</param>
    public static ProcessSpec Round(string tree, Suite suite, RunManifest run, RoundRecord round, string artifacts, string commit, string? scratch = null) =>
        new("dotnet",
            [
                "run", "-c", "Release", "--no-build", "--project", Path.Combine(tree, suite.Project), "--",
                "--profile", run.Profile, "--run", run.RunId, "--round", $"{round.Index}", "--rounds", $"{run.Rounds}",
                "--seed", $"{round.Seed}", "--artifacts", artifacts, .. WithSelection(run.BenchmarkArgs),
            ],
            tree,
            BenchEnvironment(run, commit, scratch));

    /// <summary>The bench program's environment: the commit measured, the placement when the run chose one, and the run's scratch folder.</summary>
    private static Dictionary<string, string> BenchEnvironment(RunManifest run, string commit, string? scratch)
    {
        var environment = new Dictionary<string, string> { ["PERFLAB_COMMIT"] = commit };
        if (run.Placement is { } placement) environment[PerfLab.Machine.CpuPlacement.Variable] = placement;
        if (scratch is not null) environment[PerfLab.Machine.RunScratch.Variable] = scratch;
        return environment;
    }

    public static IReadOnlyList<string> WithSelection(IReadOnlyList<string> benchmarkArgs) =>
        benchmarkArgs.Any(a => SelectionOptions.Contains(a, StringComparer.OrdinalIgnoreCase)) ? benchmarkArgs : ["--filter", "*", .. benchmarkArgs];

    /// <summary>BenchmarkDotNet's --filter and its values taken out (the A/B confirmation brings its own filter).</summary>
    public static IReadOnlyList<string> WithoutFilter(IReadOnlyList<string> benchmarkArgs)
    {
        var kept = new List<string>();
        var skipping = false;
        foreach (var argument in benchmarkArgs)
        {
            if (FilterOptions.Contains(argument, StringComparer.OrdinalIgnoreCase)) { skipping = true; continue; }
            if (skipping && !argument.StartsWith('-')) continue;
            skipping = false;
            kept.Add(argument);
        }
        return kept;
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
