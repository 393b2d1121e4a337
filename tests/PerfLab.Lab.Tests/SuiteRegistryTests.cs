namespace PerfLab.Lab.Tests;

public class SuiteRegistryTests
{
    [Fact]
    public void Every_registered_suite_has_its_bench_project()
    {
        foreach (var suite in SuiteRegistry.All)
        {
            var folder = Path.Combine(LabFixture.Repository, suite.Project);
            Assert.True(File.Exists(Path.Combine(folder, $"{Path.GetFileName(suite.Project)}.csproj")), $"{suite.Name}: no project at {suite.Project}");
        }
    }

    [Fact]
    public void Every_bench_project_but_Common_is_registered()
    {
        var projects = Directory.GetDirectories(Path.Combine(LabFixture.Repository, "bench"), "PerfLab.Bench.*")
            .Select(Path.GetFileName)
            .Where(name => name != "PerfLab.Bench.Common")
            .Select(name => $"bench/{name}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(projects, SuiteRegistry.All.Select(s => s.Project).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_suite_is_named_after_its_project_in_lower_case()
    {
        // The bench programs derive their suite name from the assembly name PerfLab.Bench.<Name> the same way.
        foreach (var suite in SuiteRegistry.All)
        {
            Assert.Equal(Path.GetFileName(suite.Project)["PerfLab.Bench.".Length..].ToLowerInvariant(), suite.Name);
        }
    }

    [Fact]
    public void Every_shared_suite_name_is_registered_once()
    {
        // The bench classes name their suite with LabNames.Suites: each of those names is a registered suite, and the other way round.
        var names = typeof(LabNames.Suites).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal);
        Assert.Equal(names, SuiteRegistry.All.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Suites_command_lists_the_registry_in_run_order()
    {
        using var lab = new LabFixture();
        Assert.Equal(0, lab.Run("suites", "--json"));
        Assert.Equal("[\"orm\",\"indexes\",\"serialization\",\"deserialization\",\"caching\",\"security\",\"queries\",\"transactions\",\"api\"]", lab.Output.ToString().Trim());
        Assert.Equal(0, lab.Run("suites"));
        Assert.Equal(SuiteRegistry.All.Select(s => s.Name), lab.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
