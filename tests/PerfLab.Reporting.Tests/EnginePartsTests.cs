using System.Text.Json.Nodes;
using PerfLab.Reporting.Pages;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>
/// A database suite whose engines were published by runs of their own (<c>--engine</c>): one page, each engine a
/// parameter set, each part paired with its own reproducibility run, and the engines side by side.
/// </summary>
public sealed class EnginePartsTests : IDisposable
{
    private const string SqliteRun = "20261127T090000Z-demo-aaaa";
    private const string PostgresRun = "20261128T090000Z-demo-cccc";

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Input => _scratch.Combine("input");

    private string Output => _scratch.Combine("results");

    /// <summary>
    /// The lab fixture as a SQLite run (no Engine parameter, no --engine: as published before the engines) and as a
    /// PostgreSQL run of its own, where every case names its engine and Sum_Linq is twice as slow.
    /// </summary>
    private string TwoEngines(bool postgresReproduced = false, bool secondPostgresRerun = false)
    {
        V2Exports.WriteRun(Input, Fixture.Lab, SqliteRun, 5);
        WritePostgres(PostgresRun, startHour: 12);
        if (postgresReproduced) WritePostgres("20261128T130000Z-demo-dddd", startHour: 13);
        if (secondPostgresRerun) WritePostgres("20261128T140000Z-demo-eeee", startHour: 14);
        return Input;
    }

    /// <param name="part">The part of the suite the run was limited to (<c>--part</c>), keeping only the cases <paramref name="keep"/> accepts.</param>
    /// <param name="engine">Record the run as limited to PostgreSQL (<c>--engine</c>); false: a suite without engines.</param>
    private void WritePostgres(string run, int startHour, bool nameEngine = true, string? part = null, Func<string, bool>? keep = null, bool engine = true)
    {
        var staging = _scratch.Combine("staging-" + run);
        V2Exports.WriteRun(staging, Fixture.Lab, run, 5, (m, _) => m == "Sum_Linq" ? 2 : 1, startHour: startHour);
        foreach (var file in Directory.GetFiles(staging, "*.json", SearchOption.AllDirectories))
        {
            var export = JsonNode.Parse(File.ReadAllText(file))!;
            if (engine) export["PerfLab"]!["Engine"] = "PostgreSQL";
            if (part is not null) export["PerfLab"]!["Part"] = part;
            if (keep is not null)
            {
                var benchmarks = export["Benchmarks"]!.AsArray();
                foreach (var dropped in benchmarks.Where(b => !keep(b!["Parameters"]!.GetValue<string>())).ToArray()) benchmarks.Remove(dropped);
                if (benchmarks.Count == 0) continue;
            }
            if (nameEngine)
            {
                foreach (var benchmark in export["Benchmarks"]!.AsArray())
                {
                    var parameters = benchmark!["Parameters"]!.GetValue<string>();
                    benchmark["Parameters"] = parameters.Length == 0 ? "Engine=PostgreSQL" : $"Engine=PostgreSQL&{parameters}";
                    var fullName = benchmark["FullName"]!.GetValue<string>();
                    benchmark["FullName"] = fullName.EndsWith(')') ? fullName.Replace("(", "(Engine: PostgreSQL, ", StringComparison.Ordinal) : fullName + "(Engine: PostgreSQL)";
                }
            }
            var target = Path.Combine(Input, Path.GetRelativePath(staging, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, export.ToJsonString());
        }
    }

    private string Page() => File.ReadAllText(Path.Combine(Output, "demo.md"));

    [Fact]
    public void A_suite_without_engines_names_its_parts_by_the_part_alone()
    {
        WritePostgres("20261128T120000Z-demo-aaaa", startHour: 12, nameEngine: false, engine: false, part: "small", keep: p => !p.Contains("Size=10000", StringComparison.Ordinal));
        WritePostgres("20261128T121500Z-demo-bbbb", startHour: 13, nameEngine: false, engine: false, part: "large", keep: p => p.Contains("Size=10000", StringComparison.Ordinal));

        var suite = SuiteBuilder.Build(ExportLoader.Load(Input)).Single();

        Assert.Equal(["part large", "part small"], suite.Published.Parts.Select(p => p.Label).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_engines_run_is_named_on_one_page_and_the_engines_stand_side_by_side()
    {
        var run = ReportRun.Report(TwoEngines(), Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = Page();
        Assert.Contains($"- **Published run**: SQLite: run `{SqliteRun}`, 5 rounds;", page, StringComparison.Ordinal);
        Assert.Contains($" · PostgreSQL: run `{PostgresRun}`, 5 rounds;", page, StringComparison.Ordinal);
        // The SQLite rows name no engine: the table says whose they are rather than "–".
        Assert.Contains("| Sum_Linq | SQLite | 100 |", page, StringComparison.Ordinal);
        Assert.Contains("| Sum_Linq | PostgreSQL | 100 |", page, StringComparison.Ordinal);
        Assert.Contains("**Engines side by side**", page, StringComparison.Ordinal);
        Assert.Contains("| Technique | SQLite (Size=100) | SQLite (Size=10000) | PostgreSQL (Size=100) | PostgreSQL (Size=10000) |", page, StringComparison.Ordinal);
        // Each run's own time on the index: each is one protocol run.
        Assert.Matches(@"\| \[demo\]\(demo\.md\) \|.*\| \d+ min \d+ s \+ \d+ min \d+ s \|", File.ReadAllText(Path.Combine(Output, "README.md")));
    }

    [Fact]
    public void A_ratio_on_the_side_by_side_table_is_the_one_of_its_own_engine()
    {
        var suite = SuiteBuilder.Build(ExportLoader.Load(TwoEngines())).Single();
        var sum = suite.Comparisons.Single(c => c.Rows.Any(r => r.Benchmark.Method == "Sum_Linq"));
        var ratios = sum.Groups.Where(g => g.ParametersText.EndsWith("Size=100", StringComparison.Ordinal))
            .ToDictionary(g => EngineNames.Of(g.Rows[0].Benchmark), g => sum.Find(g, "Sum_Linq")!.Ratio!.Estimate);

        Assert.Equal(2 * ratios["SQLite"], ratios["PostgreSQL"], precision: 6);
        Assert.True(EngineTable.Applies(sum));
    }

    [Fact]
    public void Each_engine_pairs_with_its_own_reproducibility_run()
    {
        var suite = SuiteBuilder.Build(ExportLoader.Load(TwoEngines(postgresReproduced: true))).Single();

        Assert.Equal($"{SqliteRun} + {PostgresRun}", suite.Published.Id);
        Assert.Equal("20261128T130000Z-demo-dddd", suite.Reproduction!.Id);
        Assert.NotEmpty(suite.Reproducibility!.Movements);
        Assert.All(suite.Reproducibility.Movements, m => Assert.StartsWith("Engine=PostgreSQL", m.Parameters, StringComparison.Ordinal));
    }

    [Fact]
    public void An_engines_parts_stand_side_by_side_each_named_and_each_paired_with_its_own_reproducibility_run()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, SqliteRun, 5);
        WritePostgres("20261128T120000Z-demo-aaaa", startHour: 12, part: "small", keep: p => p.Contains("Size=100", StringComparison.Ordinal) && !p.Contains("Size=10000", StringComparison.Ordinal));
        WritePostgres("20261128T121500Z-demo-bbbb", startHour: 13, part: "large", keep: p => p.Contains("Size=10000", StringComparison.Ordinal));
        WritePostgres("20261128T140000Z-demo-cccc", startHour: 14, part: "large", keep: p => p.Contains("Size=10000", StringComparison.Ordinal));

        var run = ReportRun.Report(Input, Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = Page();
        Assert.Contains(" · PostgreSQL, part small: run `20261128T120000Z-demo-aaaa`, 5 rounds;", page, StringComparison.Ordinal);
        Assert.Contains(" · PostgreSQL, part large: run `20261128T121500Z-demo-bbbb`, 5 rounds;", page, StringComparison.Ordinal);
        Assert.Contains("| Sum_Linq | PostgreSQL | 100 |", page, StringComparison.Ordinal);
        Assert.Contains("| Sum_Linq | PostgreSQL | 10000 |", page, StringComparison.Ordinal);
        var suite = SuiteBuilder.Build(ExportLoader.Load(Input)).Single();
        Assert.Equal("20261128T140000Z-demo-cccc", suite.Reproduction!.Id);
        Assert.All(suite.Reproducibility!.Movements, m => Assert.Contains("Size=10000", m.Parameters, StringComparison.Ordinal));
    }

    [Fact]
    public void A_third_run_of_one_engine_is_its_latest_reproducibility_run_and_the_second_an_earlier_one_on_the_noise_page()
    {
        var input = TwoEngines(postgresReproduced: true, secondPostgresRerun: true);

        var suite = SuiteBuilder.Build(ExportLoader.Load(input)).Single();
        Assert.Equal("20261128T140000Z-demo-eeee", suite.Reproduction!.Id);
        var earlier = Assert.Single(suite.EarlierReproductions);
        Assert.Equal("20261128T130000Z-demo-dddd", earlier.Run.Id);
        Assert.Equal(suite.Reproducibility!.Movements.Count, earlier.Reproducibility.Movements.Count);
        // Every run's exports stay in the report's raw/ (a re-render needs them all).
        Assert.Equal([SqliteRun, PostgresRun, "20261128T130000Z-demo-dddd", "20261128T140000Z-demo-eeee"], suite.Exports.Select(e => e.RunId).Distinct().Order(StringComparer.Ordinal));

        var run = ReportRun.Report(input, Output);
        Assert.True(run.ExitCode == 0, run.Error);
        var noise = File.ReadAllText(Path.Combine(Output, "noise", "run-to-run.md"));
        Assert.Contains("| demo, earlier | `", noise, StringComparison.Ordinal);
        Assert.Contains("`20261128T130000Z-demo-dddd`", noise, StringComparison.Ordinal);
        Assert.Contains("Earlier reproducibility run", Page(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_in_two_runs_side_by_side_is_bad_input()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, SqliteRun, 5);
        WritePostgres(PostgresRun, startHour: 12, nameEngine: false);

        var run = ReportRun.Report(Input, Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is in two runs published side by side", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_on_two_engines_needs_its_note_and_a_note_waits_for_its_comparison()
    {
        var suites = SuiteBuilder.Build(ExportLoader.Load(TwoEngines()));
        var comparison = suites[0].Comparisons.First(EngineTable.Applies).Name;

        var missing = Assert.Throws<BadInputException>(() => EngineTable.Resolve([], suites, "findings.json"));
        Assert.Contains($"demo {comparison} is measured on SQLite and PostgreSQL: add an \"engines\" note", missing.Message, StringComparison.Ordinal);
        // A note for a comparison this input does not measure (a run of one part) is left unused, not refused.
        var notes0 = suites[0].Comparisons.Where(EngineTable.Applies).Select(c => new EngineNoteSpec("demo", c.Name, "one reason"));
        Assert.DoesNotContain(("demo", "Nope"), EngineTable.Resolve([.. notes0, new EngineNoteSpec("demo", "Nope", "why")], suites, "findings.json").Keys);

        var notes = suites[0].Comparisons.Where(EngineTable.Applies).Select(c => new EngineNoteSpec("demo", c.Name, "one reason")).ToArray();
        Assert.Equal("one reason", EngineTable.Resolve(notes, suites, "findings.json")[("demo", comparison)]);
    }

    [Fact]
    public void A_finding_on_an_engine_the_run_did_not_measure_is_not_measured_while_a_renamed_technique_stays_bad_input()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, SqliteRun, 5);
        var suites = SuiteBuilder.Build(ExportLoader.Load(Input));
        var comparison = suites[0].Comparisons.Single(c => c.Rows.Any(r => r.Benchmark.Method == "Sum_Linq"));
        FindingSpec Spec(string parameters, string technique) => new()
        {
            Question = "q", Suite = "demo", Comparison = comparison.Name, Parameters = parameters,
            Technique = technique, Versus = "Sum_ForLoop", Meaning = "m", HoldsWhen = new RatioRange(),
        };

        var onPostgres = HeadlineFindings.Measure([Spec("Engine=PostgreSQL, Size=100", "Sum_OnlyOnPostgres")], suites, "findings.json").Single();
        Assert.Equal($"{comparison.Name} was not measured with Engine=PostgreSQL, Size=100 in this run", onPostgres.NotMeasured);

        var renamed = Assert.Throws<BadInputException>(() => HeadlineFindings.Measure([Spec("Size=100", "Sum_Renamed")], suites, "findings.json"));
        Assert.Contains("has no technique Sum_Renamed", renamed.Message, StringComparison.Ordinal);
    }
}
