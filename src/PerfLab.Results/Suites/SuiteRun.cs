namespace PerfLab.Results.Suites;

/// <summary>One run of a suite: its rounds (each one invocation of the suite, every case once) and its comparisons.</summary>
/// <param name="Id">The lab's run id; empty for exports that record none.</param>
/// <param name="Rounds">The round numbers present, ascending.</param>
/// <param name="Superseded">Cases measured twice in one round (repeated runs into one folder): the older is not used.</param>
/// <param name="Parts">
/// When the suite's engines or parts were measured by runs of their own (<c>--engine</c>, <c>--part</c>), those runs, merged into this one; empty
/// for a single run.
/// </param>
public sealed record SuiteRun(string Id, IReadOnlyList<BenchmarkExport> Exports, IReadOnlyList<int> Rounds, IReadOnlyList<Comparison> Comparisons, IReadOnlyList<BenchmarkResult> Superseded)
{
    public IReadOnlyList<SuiteRun> Parts { get; init; } = [];

    /// <summary>The runs that were actually executed: the parts, or this run itself.</summary>
    public IReadOnlyList<SuiteRun> Executed => Parts.Count > 0 ? Parts : [this];

    /// <summary>The engines this run's cases measure (<see cref="EngineNames"/>), in the lab's order, joined with " + ".</summary>
    public string Engines => string.Join(" + ", EngineNames.Distinct(Exports.SelectMany(e => e.Benchmarks)));

    /// <summary>
    /// How a page names this run among a suite's parts: its engines, and the part of the suite it was limited to
    /// (<c>--part</c>), e.g. "PostgreSQL, part by-id". A suite without engines (serialization, api) is named by its part
    /// alone: its cases count as SQLite's only by the convention for cases without an engine parameter.
    /// </summary>
    public string Label
    {
        get
        {
            var parts = Exports.Select(e => e.Lab?.Part).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (parts.Length == 0) return Engines;
            var part = $"part {string.Join(" + ", parts)}";
            return HasEngines ? $"{Engines}, {part}" : part;
        }
    }

    /// <summary>Whether the run was limited to an engine (<c>--engine</c>) or its cases name theirs.</summary>
    private bool HasEngines =>
        Exports.Any(e => !string.IsNullOrEmpty(e.Lab?.Engine)) ||
        Exports.SelectMany(e => e.Benchmarks).Any(b => b.Parameters.Any(p => p.Name == EngineNames.ParameterName));

    /// <summary>BenchmarkDotNet's own clock summed over the exports; null when an export does not record it.</summary>
    public double? BenchmarkSeconds =>
        Exports.All(e => e.Lab?.TotalSeconds is not null) ? Exports.Sum(e => e.Lab!.TotalSeconds!.Value) : null;

    /// <summary>
    /// Wall-clock seconds of the run's host processes (each from its start to its last export, added up over the
    /// processes: one per round); null when an export does not record it.
    /// </summary>
    public double? WallSeconds =>
        Exports.All(e => e.Lab is { HostStartedUtc: not null, HostSeconds: not null })
            ? Exports.GroupBy(e => e.Lab!.HostStartedUtc, StringComparer.Ordinal).Sum(host => host.Max(e => e.Lab!.HostSeconds!.Value))
            : null;

    /// <summary>The profiles the exports record ("results", "quick", ...), ordinal; empty for stock exports.</summary>
    public IReadOnlyList<string> Profiles => Exports.Select(e => e.Lab?.Profile).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The run seed and the round seeds, as recorded ("" when none is).</summary>
    public string Seeds
    {
        get
        {
            var runSeed = Exports.Select(e => e.Lab?.RunSeed).OfType<long>().Distinct().ToArray();
            var roundSeeds = Exports.OrderBy(e => e.Round).Select(e => e.Lab?.Seed).OfType<long>().Distinct().ToArray();
            if (runSeed.Length == 0 && roundSeeds.Length == 0) return "";
            return $"run seed {(runSeed.Length == 0 ? "unknown" : string.Join("/", runSeed))}" +
                   (roundSeeds.Length == 0 ? "" : $", round seeds {string.Join(", ", roundSeeds)}");
        }
    }
}
