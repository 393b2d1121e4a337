namespace PerfLab.Lab.Tests;

/// <summary>
/// A report killed while publishing results/ leaves a journal and new pages beside old ones; the folder must not stay
/// mixed until someone happens to run the report again.
/// </summary>
public sealed class InterruptedPublishTests
{
    [Fact]
    public void Any_perflab_command_first_finishes_the_publish_a_killed_report_left_in_results()
    {
        using var repository = new ScratchRepository();
        var results = Path.Combine(repository.Root, "results");
        var staging = Path.Combine(results, ".perflab-staging-0123");
        Directory.CreateDirectory(staging);
        // Killed after the commit point: orm.md not yet replaced, security.md not yet removed, README.md not yet renamed.
        File.WriteAllText(Path.Combine(results, "orm.md"), "old");
        File.WriteAllText(Path.Combine(staging, "orm.md"), "new");
        File.WriteAllText(Path.Combine(results, "security.md"), "old, not in the new report");
        var readme = Path.Combine(repository.Root, "README.md");
        File.WriteAllText(readme, "old readme");
        File.WriteAllText(readme + ".perflab-new", "new readme");
        File.WriteAllText(Path.Combine(results, ".perflab-journal.json"), $$"""
            { "staging": ".perflab-staging-0123", "add": ["orm.md"], "remove": ["security.md"],
              "readmeTemporary": "{{(readme + ".perflab-new").Replace("\\", "\\\\")}}", "readme": "{{readme.Replace("\\", "\\\\")}}" }
            """);
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(0, lab.Run("suites"));

        Assert.Equal("new", File.ReadAllText(Path.Combine(results, "orm.md")));
        Assert.False(File.Exists(Path.Combine(results, "security.md")));
        Assert.Equal("new readme", File.ReadAllText(readme));
        Assert.Empty(Directory.GetFileSystemEntries(results, ".perflab-*"));
        Assert.Contains("finished the publish of", lab.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_left_whole_is_not_touched()
    {
        using var repository = new ScratchRepository();
        var results = Path.Combine(repository.Root, "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "orm.md"), "published");
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(0, lab.Run("suites"));

        Assert.Equal("published", File.ReadAllText(Path.Combine(results, "orm.md")));
        Assert.DoesNotContain("finished the publish", lab.Output.ToString(), StringComparison.Ordinal);
    }
}
