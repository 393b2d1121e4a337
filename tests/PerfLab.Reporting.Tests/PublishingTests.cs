using System.Diagnostics;
using PerfLab.Reporting.Publishing;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>Issue 15, defects 2 to 5 and 8: publishing is a pure, atomic, kill-safe function of the input.</summary>
public sealed class PublishingTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Output => _scratch.Combine("results");

    private string ResultsRun() => RoundsFixture.Write(_scratch.Combine("input"));

    /// <summary>A results-profile run of one round of the lab fixture, different numbers: the "new" report.</summary>
    private string OtherResultsRun() => V2Exports.WriteRun(_scratch.Combine("other"), Fixture.Lab, "20261128T090000Z-demo-cccc", 2, (m, r) => 1.2);

    [Fact]
    public void Defect_2_rerendering_from_the_published_raw_folder_is_byte_identical_noise_page_included()
    {
        Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
        var published = ReportRun.Snapshot(Output);
        Assert.Contains("noise/run-to-run.md", published.Keys);

        // CI's re-render: the report's input is its own raw/ folder, nothing else; it reads no page back.
        var run = ReportRun.Report(Path.Combine(Output, "raw"), Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var rerendered = ReportRun.Snapshot(Output);
        Assert.Equal(published.Keys, rerendered.Keys);
        Assert.All(published, f => Assert.True(f.Value.AsSpan().SequenceEqual(rerendered[f.Key]), $"{f.Key} changed"));
    }

    [Fact]
    public void Defect_3_a_quick_run_cannot_replace_published_results_or_the_readme()
    {
        Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
        Assert.Contains("\"profile\": \"results\"", File.ReadAllText(Path.Combine(Output, OutputFolder.Manifest)), StringComparison.Ordinal);
        var before = ReportRun.Snapshot(Output);

        var run = ReportRun.Report(Fixture.Quick, Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("holds published results", run.Error, StringComparison.Ordinal);
        Assert.Equal(before.Keys, ReportRun.Snapshot(Output).Keys);

        var readme = _scratch.Combine("README.md");
        File.WriteAllText(readme, "<!-- perflab:findings:begin -->\n<!-- perflab:findings:end -->\n");
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """{ "findings": [ { "question": "Q", "suite": "demo", "comparison": "Concat", "technique": "Concat_StringJoin", "versus": "Concat_StringBuilder", "meaning": "M", "holdsWhen": {} } ] }""");
        var toReadme = ReportRun.Of("report", "--input", Fixture.Quick, "--output", _scratch.Combine("elsewhere"), "--findings", findings, "--readme", readme);
        Assert.Equal(2, toReadme.ExitCode);
        Assert.Contains("only a run of the 'results' profile can be published into the README", toReadme.Error, StringComparison.Ordinal);
        Assert.Equal("<!-- perflab:findings:begin -->\n<!-- perflab:findings:end -->\n", File.ReadAllText(readme));
    }

    [Fact]
    public void Defect_3_a_folder_without_a_manifest_holds_no_report_and_its_files_are_never_overwritten()
    {
        Directory.CreateDirectory(Path.Combine(Output, "raw", "orm"));
        File.WriteAllText(Path.Combine(Output, "README.md"), "# PerfLab results\n\nold\n");

        var run = ReportRun.Report(Fixture.Quick, Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("README.md: exists and was not written by the report", run.Error, StringComparison.Ordinal);
        Assert.Equal("# PerfLab results\n\nold\n", File.ReadAllText(Path.Combine(Output, "README.md")));
    }

    [Fact]
    public void Defect_4_killed_at_any_step_the_output_is_entirely_the_old_or_entirely_the_new_one()
    {
        var (oldInput, newInput) = (ResultsRun(), OtherResultsRun());
        var template = _scratch.Combine("old");
        ReportGenerator.Generate(oldInput, template);
        var old = ReportRun.Snapshot(template);
        var expectedNew = _scratch.Combine("new");
        ReportGenerator.Generate(newInput, expectedNew);
        var @new = ReportRun.Snapshot(expectedNew);

        // Every disk-changing step of publishing the new report over the old one, in order.
        var steps = new List<string>();
        var probe = Copy(template, _scratch.Combine("probe"));
        ReportGenerator.Generate(newInput, probe, new ReportOptions { BeforePublishStep = steps.Add });
        Assert.Contains("commit", steps);
        // Each kind of step, where it starts and ends (the many file steps between behave alike).
        var kinds = steps.Select(s => s.Split(' ')[0]).ToArray();
        var chosen = Enumerable.Range(0, steps.Count).Where(i => i == 0 || i == steps.Count - 1 || kinds[i] != kinds[i - 1] || kinds[i] != kinds[i + 1]).ToArray();

        var outcomes = new Dictionary<string, string>();
        foreach (var index in chosen)
        {
            var step = steps[index];
            var output = Copy(template, _scratch.Combine($"kill-{index}"));
            Assert.Throws<SimulatedCrash>(() => ReportGenerator.Generate(newInput, output,
                new ReportOptions { BeforePublishStep = s => { if (s == step) throw new SimulatedCrash(s); } }));
            // What the next report does first (the process was "killed": nothing cleaned up after it).
            OutputFolder.Recover(output);

            var after = ReportRun.Snapshot(output);
            var isOld = after.Keys.SequenceEqual(old.Keys) && after.All(f => f.Value.AsSpan().SequenceEqual(old[f.Key]));
            var isNew = after.Keys.SequenceEqual(@new.Keys) && after.All(f => f.Value.AsSpan().SequenceEqual(@new[f.Key]));
            Assert.True(isOld || isNew, $"killed before '{step}': the output is neither the old nor the new report");
            Assert.Empty(Directory.GetDirectories(output, ".perflab-*"));
            outcomes[step] = isOld ? "old" : "new";
        }
        // Before the commit point the old report stays; after it the new one is completed.
        Assert.Equal("old", outcomes["commit"]);
        Assert.Equal("new", outcomes[steps[^1]]);
        Assert.Contains(outcomes, o => o.Key.StartsWith("replace ", StringComparison.Ordinal) && o.Value == "new");
    }

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    [Fact]
    public void Defect_4_a_killed_runs_staging_is_cleaned_by_the_next_report()
    {
        Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
        Assert.Throws<SimulatedCrash>(() => ReportGenerator.Generate(OtherResultsRun(), Output,
            new ReportOptions { BeforePublishStep = s => { if (s == "journal") throw new SimulatedCrash(s); } }));
        Assert.NotEmpty(Directory.GetDirectories(Output, ".perflab-staging-*"));

        Assert.Equal(0, ReportRun.Report(OtherResultsRun(), Output).ExitCode);

        Assert.Empty(Directory.GetDirectories(Output, ".perflab-*"));
        Assert.Empty(Directory.GetFiles(Output, ".perflab-journal*"));
    }

    [Fact]
    public void Defect_4_ctrl_c_before_the_commit_stops_the_work_and_keeps_the_old_output()
    {
        Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
        var before = ReportRun.Snapshot(Output);
        using var cancellation = new CancellationTokenSource();
        var staged = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => ReportGenerator.Generate(OtherResultsRun(), Output,
            new ReportOptions { BeforePublishStep = s => { if (s.StartsWith("stage ", StringComparison.Ordinal) && ++staged == 3) cancellation.Cancel(); } },
            cancellation.Token));

        var after = ReportRun.Snapshot(Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));
        Assert.Empty(Directory.GetDirectories(Output, ".perflab-*"));
    }

    [Fact]
    public void Defect_4_ctrl_c_during_a_first_report_leaves_no_folder_behind()
    {
        using var cancellation = new CancellationTokenSource();
        var input = ResultsRun();

        Assert.ThrowsAny<OperationCanceledException>(() => ReportGenerator.Generate(input, Output,
            new ReportOptions { BeforePublishStep = _ => cancellation.Cancel() }, cancellation.Token));

        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Defect_5_publishing_writes_nothing_beside_the_output_folder_and_never_renames_it()
    {
        Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
        var other = OtherResultsRun();
        var marker = Path.Combine(Output, "inode-marker");
        File.WriteAllText(marker, "same folder");
        var siblings = Directory.GetFileSystemEntries(_scratch.Path).Order(StringComparer.Ordinal).ToArray();

        // At every step the output folder's parent holds exactly what it held (a mount point's parent may not even be writable).
        ReportGenerator.Generate(other, Output, new ReportOptions
        {
            BeforePublishStep = _ =>
            {
                Assert.Equal(siblings, Directory.GetFileSystemEntries(_scratch.Path).Order(StringComparer.Ordinal));
                Assert.True(File.Exists(marker));
            },
        });

        Assert.Equal("same folder", File.ReadAllText(marker));
    }

    [Fact]
    public void Defect_5_an_output_folder_that_is_a_mount_point_works_where_mounting_is_allowed()
    {
        Directory.CreateDirectory(Output);
        if (!OperatingSystem.IsLinux() || !Run("mount", "-t", "tmpfs", "none", Output)) return; // needs root: exercised on the lab's container
        try
        {
            Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
            var run = ReportRun.Report(OtherResultsRun(), Output);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.True(File.Exists(Path.Combine(Output, "demo.md")));
        }
        finally
        {
            Run("umount", Output);
        }
    }

    private static bool Run(string file, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [Fact]
    public void Defect_8_a_readme_that_cannot_be_written_fails_before_the_output_is_published()
    {
        Assert.Equal(0, ReportRun.Report(ResultsRun(), Output).ExitCode);
        var before = ReportRun.Snapshot(Output);
        var readme = _scratch.Combine("README.md");
        File.WriteAllText(readme, "<!-- perflab:findings:begin -->\n<!-- perflab:findings:end -->\n");
        Directory.CreateDirectory(readme + ".perflab-new"); // its replacement cannot be written
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """{ "findings": [ { "question": "Q", "suite": "demo", "comparison": "Concat", "technique": "Concat_StringJoin", "versus": "Concat_StringBuilder", "meaning": "M", "holdsWhen": {} } ] }""");

        var run = ReportRun.Of("report", "--input", OtherResultsRun(), "--output", Output, "--findings", findings, "--readme", readme);

        Assert.Equal(2, run.ExitCode);
        var after = ReportRun.Snapshot(Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));
    }

    [Fact]
    public void Defect_8_a_file_the_report_did_not_write_is_never_overwritten()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "demo.md"), "my own notes");

        var run = ReportRun.Report(ResultsRun(), Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("demo.md: exists and was not written by the report", run.Error, StringComparison.Ordinal);
        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(Output, "demo.md")));
    }

    [Fact]
    public void Defect_8_the_index_names_no_option_that_does_not_exist()
    {
        Assert.Equal(0, ReportRun.Report(Fixture.Lab, Output).ExitCode);
        var index = File.ReadAllText(Path.Combine(Output, "README.md"));
        Assert.DoesNotContain("--noise", index, StringComparison.Ordinal);
        Assert.Contains("- **Reproducibility run**: none in the input", index, StringComparison.Ordinal);
    }
}
