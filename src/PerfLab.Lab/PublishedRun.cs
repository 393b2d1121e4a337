using System.Globalization;
using PerfLab.Machine;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Lab;

/// <summary>
/// The published run of one suite (or of one of its parts: an engine's rows, a set of its comparisons, or both) in results/raw, as <c>perflab run --reproduce</c> needs
/// it: which run, the commit it measured, its rounds and the boot it ran on. The earliest-starting run of a part is the
/// published one (as the report pairs them); later ones are its reproducibility runs, one per boot (<see cref="ReproductionBoots"/>).
/// </summary>
public sealed record PublishedRun(string Suite, string? Engine, string RunId, string Commit, int Rounds, IReadOnlyList<DateTimeOffset> Started, string? BootId, string? Part = null)
{
    /// <summary>The part's reproducibility runs already published: run id → the boot each ran on (null where not recorded).</summary>
    public IReadOnlyDictionary<string, string?> ReproductionBoots { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// The runs a reproducibility run made on <paramref name="bootId"/> publishes beside itself: the published run, and
    /// the earlier reproducibility runs of other boots (what the ratios did on those machines stays on the pages). One
    /// made on this boot is replaced: a boot's second try repeats the same machine.
    /// </summary>
    public IEnumerable<string> KeptBeside(string? bootId) =>
        ReproductionBoots.Where(r => r.Value is null || r.Value != bootId).Select(r => r.Key).Order(StringComparer.Ordinal).Prepend(RunId);

    public static PublishedRun Find(string publishedRaw, Suite suite, string? engine, string? partName = null)
    {
        var folder = Path.Combine(publishedRaw, suite.Name);
        var exports = Directory.Exists(folder) ? ExportLoader.FindExports(folder).Select(ExportLoader.LoadFile).ToArray() : [];
        if (exports.Length == 0) throw new BadInputException($"--reproduce: suite {suite.Name} has no published run in {folder}");

        // Parts as the report pairs them: by the engine and the part of the suite a run was limited to ("" for a run of every case).
        var parts = exports.GroupBy(SuiteBuilder.PartOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        string Names() => string.Join(", ", parts.Keys.Order(StringComparer.Ordinal).Select(SuiteBuilder.DescribePart));
        var key = SuiteBuilder.PartKey(engine, partName);
        var given = string.Join(" ", new[] { engine is null ? null : $"--engine {engine}", partName is null ? null : $"--part {partName}" }.OfType<string>());
        if (!parts.TryGetValue(key, out var part))
        {
            throw new BadInputException(key.Length == 0
                ? $"--reproduce: suite {suite.Name} is published as parts ({Names()}); reproduce one part with its --engine and --part"
                : $"--reproduce {given}: suite {suite.Name} has no published run of {SuiteBuilder.DescribePart(key)} (it has: {Names()})");
        }

        var runs = SuiteBuilder.RunsInOrder(part);
        var published = runs[0];
        var runId = published[0].RunId;
        var label = Label(suite.Name, key);
        if (published.Any(e => e.Lab?.Profile != LabNames.Profiles.Results))
            throw new BadInputException($"--reproduce: the published run of {label} ({runId}) is not a {LabNames.Profiles.Results}-profile run");
        var commits = published.Select(e => e.Lab?.Commit ?? "").Distinct(StringComparer.Ordinal).ToArray();
        if (commits is not [{ Length: > 0 } commit] || commit.EndsWith("-dirty", StringComparison.Ordinal))
            throw new BadInputException($"--reproduce: the published run of {label} ({runId}) measured {(commits.Length == 1 ? commits[0] : string.Join(", ", commits))}, " +
                                        "not one committed tree; only a run of a commit can be reproduced");
        var started = published.Select(e => DateTimeOffset.TryParse(e.StartedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : (DateTimeOffset?)null)
            .OfType<DateTimeOffset>().Order().ToArray();
        return new PublishedRun(suite.Name, engine, runId, commit, published.Select(e => e.Lab?.Rounds ?? 0).Max(), started, SuiteBuilder.BootOf(published), partName)
        {
            ReproductionBoots = runs.Skip(1).ToDictionary(r => r[0].RunId, r => SuiteBuilder.BootOf(r), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Why a reproducibility run made now could not tell another machine or boot from this one: the published run ran on
    /// this boot (its boot id, or, where it recorded none, a start after this boot began); null when it did not.
    /// </summary>
    public string? SameBootReason(IReadOnlyDictionary<string, string> machine)
    {
        var label = Label(Suite, SuiteBuilder.PartKey(Engine, Part));
        if (BootId is not null && machine.GetValueOrDefault(MachineIdentity.BootId) == BootId)
            return $"the published run of {label} ({RunId}) was measured on this boot ({BootId})";
        if (BootId is null && Started.Count > 0
            && DateTimeOffset.TryParse(machine.GetValueOrDefault(MachineIdentity.BootTime), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var booted)
            && Started[^1] >= booted)
            return $"the published run of {label} ({RunId}) started after this machine booted ({booted.UtcDateTime:yyyy-MM-dd HH:mm} UTC)";
        return null;
    }

    /// <summary>How messages name a suite's published run, or one of its parts: "orm (PostgreSQL, part by-id)".</summary>
    private static string Label(string suite, string partKey) => partKey.Length == 0 ? suite : $"{suite} ({SuiteBuilder.DescribePart(partKey)})";
}
