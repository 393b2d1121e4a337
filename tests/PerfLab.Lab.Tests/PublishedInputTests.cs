namespace PerfLab.Lab.Tests;

public class PublishedInputTests
{
    [Fact]
    public void A_run_of_one_suite_is_reported_with_the_published_exports_of_the_others_and_replaces_its_own()
    {
        var root = Directory.CreateTempSubdirectory("perflab-published-input-").FullName;
        try
        {
            var raw = Path.Combine(root, "results", "raw");
            Write(Path.Combine(raw, "orm", "old-run", "round-01", "orm-report-full.json"));
            Write(Path.Combine(raw, "caching", "old-run", "round-01", "caching-report-full.json.gz"));
            File.WriteAllText(Path.Combine(raw, "caching", "notes.txt"), "not an export");
            var artifacts = Path.Combine(root, "artifacts");
            Write(Path.Combine(artifacts, "orm", "new-run", "round-01", "results", "orm-report-full.json"));
            File.WriteAllText(Path.Combine(artifacts, "orm", "new-run", "run.json"), "{}");

            string folder;
            using (var input = PublishedInput.Stage(raw, artifacts, [SuiteRegistry.Find("orm")!]))
            {
                folder = input.Folder;
                var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
                Assert.Equal(["caching/old-run/round-01/caching-report-full.json.gz", "orm/new-run/round-01/results/orm-report-full.json"], files);
            }
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_run_of_one_engine_replaces_that_engines_published_rows_and_keeps_the_others()
    {
        var root = Directory.CreateTempSubdirectory("perflab-published-input-").FullName;
        try
        {
            var raw = Path.Combine(root, "results", "raw");
            // The SQLite classes carry no Engine parameter: their published run predates the engines.
            Write(Path.Combine(raw, "orm", "sqlite-run", "round-01", "orm-report-full.json"));
            Write(Path.Combine(raw, "orm", "postgres-run", "round-01", "orm-report-full.json"), engine: "PostgreSQL");
            var artifacts = Path.Combine(root, "artifacts");
            Write(Path.Combine(artifacts, "orm", "new-postgres-run", "round-01", "results", "orm-report-full.json"), engine: "PostgreSQL");

            using var input = PublishedInput.Stage(raw, artifacts, [SuiteRegistry.Find("orm")!]);
            var files = Directory.GetFiles(input.Folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(input.Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            Assert.Equal(["orm/new-postgres-run/round-01/results/orm-report-full.json", "orm/sqlite-run/round-01/orm-report-full.json"], files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_run_of_one_part_replaces_the_published_runs_that_measured_its_comparisons_on_its_engines_and_keeps_the_others()
    {
        var root = Directory.CreateTempSubdirectory("perflab-published-input-").FullName;
        try
        {
            var raw = Path.Combine(root, "results", "raw");
            // A whole PostgreSQL run (both comparisons), the SQLite rows of one comparison, and a PostgreSQL part of the other.
            Write(Path.Combine(raw, "orm", "postgres-run", "round-01", "orm-report-full.json"), engine: "PostgreSQL", categories: ["Orm.ById.HandCoded", "Orm.Insert"]);
            Write(Path.Combine(raw, "orm", "sqlite-run", "round-01", "orm-report-full.json"), categories: ["Orm.ById.HandCoded"]);
            Write(Path.Combine(raw, "orm", "postgres-writes", "round-01", "orm-report-full.json"), engine: "PostgreSQL", categories: ["Orm.Update"]);
            var artifacts = Path.Combine(root, "artifacts");
            Write(Path.Combine(artifacts, "orm", "postgres-by-id", "round-01", "results", "orm-report-full.json"), engine: "PostgreSQL", categories: ["Orm.ById.HandCoded"]);

            using var input = PublishedInput.Stage(raw, artifacts, [SuiteRegistry.Find("orm")!]);
            var files = Directory.GetFiles(input.Folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(input.Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
            // The whole PostgreSQL run measured by-id on PostgreSQL: replaced (its other comparison is re-published by its own part).
            Assert.Equal(["orm/postgres-by-id/round-01/results/orm-report-full.json", "orm/postgres-writes/round-01/orm-report-full.json",
                "orm/sqlite-run/round-01/orm-report-full.json"], files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A minimal export: one benchmark per category (none: one without), of <paramref name="engine"/> (a parameter) when
    /// given, else SQLite's.
    /// </summary>
    private static void Write(string path, string? engine = null, string[]? categories = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var parameters = engine is null ? "" : $"Engine={engine}";
        var benchmarks = categories is null
            ? [$$"""{"FullName":"A.B.M({{parameters}})","Type":"B","Method":"M","Parameters":"{{parameters}}"}"""]
            : categories.Select((c, i) => $$"""{"FullName":"A.B{{i}}.M({{parameters}})","Type":"B{{i}}","Method":"M","Parameters":"{{parameters}}","PerfLab":{"Categories":["{{c}}"]""" + "}}").ToArray();
        File.WriteAllText(path, $$"""{"Title":"t","HostEnvironmentInfo":{},"Benchmarks":[{{string.Join(",", benchmarks)}}]}""");
    }
}
