using System.Runtime.CompilerServices;
using PerfLab.Reporting.Pages;
using PerfLab.Results.Exports;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>Each technique on a page links to its code, found by reading bench/ at report time (never a broken link).</summary>
public sealed class SourceLinksTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static BenchmarkResult Benchmark(string ns, string type, string method) =>
        new($"{ns}.{type}.{method}", $"{type}.{method}: Job", ns, type, method, method, [], null, null, null, null, null, []);

    private static readonly SourceLinks Sources = SourceLinks.Of(new Dictionary<string, string>
    {
        ["bench/PerfLab.Bench.A/ReadBenchmarks.cs"] = """
            namespace PerfLab.Bench.A;

            public class ReadBenchmarks : ReadBenchmark<int>, ILabMetricSource
            {
                [Benchmark(Baseline = true)]
                public int Read_Plain() => 1;

                [Benchmark] public async Task<int?> Read_Async() => await Task.FromResult<int?>(2);
            }
            """,
        ["bench/PerfLab.Bench.A/ReadBenchmark.cs"] = """
            namespace PerfLab.Bench.A;

            public abstract class ReadBenchmark<T>(int size)
            {
                public int Size => size;

                [Benchmark] public T Read_Inherited() => default!;
            }
            """,
        ["bench/PerfLab.Bench.B/ReadBenchmarks.cs"] = """
            namespace PerfLab.Bench.B;

            public sealed class ReadBenchmarks
            {
                public int Read_Plain() => 3;
            }
            """,
    });

    [Fact]
    public void A_technique_links_to_its_method_line_in_the_file_declaring_its_type_in_its_namespace()
    {
        Assert.Equal("../bench/PerfLab.Bench.A/ReadBenchmarks.cs#L6", Sources.Link(Benchmark("PerfLab.Bench.A", "ReadBenchmarks", "Read_Plain")));
        Assert.Equal("../bench/PerfLab.Bench.A/ReadBenchmarks.cs#L8", Sources.Link(Benchmark("PerfLab.Bench.A", "ReadBenchmarks", "Read_Async")));
        Assert.Equal("../bench/PerfLab.Bench.B/ReadBenchmarks.cs#L5", Sources.Link(Benchmark("PerfLab.Bench.B", "ReadBenchmarks", "Read_Plain")));
    }

    [Fact]
    public void An_inherited_method_links_to_the_base_type_that_declares_it()
    {
        Assert.Equal("../bench/PerfLab.Bench.A/ReadBenchmark.cs#L7", Sources.Link(Benchmark("PerfLab.Bench.A", "ReadBenchmarks", "Read_Inherited")));
    }

    [Fact]
    public void A_method_not_found_links_to_its_type_file_and_a_type_not_found_gets_no_link()
    {
        Assert.Equal("../bench/PerfLab.Bench.A/ReadBenchmarks.cs", Sources.Link(Benchmark("PerfLab.Bench.A", "ReadBenchmarks", "Read_Renamed")));
        Assert.Null(Sources.Link(Benchmark("PerfLab.Bench.A", "WriteBenchmarks", "Write")));
        // The name exists, but in other namespaces: no guess.
        Assert.Null(Sources.Link(Benchmark("PerfLab.Bench.Z", "ReadBenchmarks", "Read_Plain")));
        Assert.Equal("Read_Plain", SourceLinks.None.Linked("Read_Plain", Benchmark("PerfLab.Bench.A", "ReadBenchmarks", "Read_Plain")));
    }

    [Fact]
    public void Build_output_is_not_source_and_link_text_keeps_its_brackets()
    {
        var repository = _scratch.Combine("repo");
        Directory.CreateDirectory(Path.Combine(repository, "bench", "X", "obj"));
        File.WriteAllText(Path.Combine(repository, "bench", "X", "obj", "Copy.cs"), "namespace N;\npublic class T { public void M() { } }\n");

        Assert.Null(SourceLinks.Of(repository).Link(Benchmark("N", "T", "M")));
        Assert.Equal(@"[ReadBenchmarks.Read_Plain \[Job\]](../bench/PerfLab.Bench.A/ReadBenchmarks.cs#L6)",
            Sources.Linked("ReadBenchmarks.Read_Plain [Job]", Benchmark("PerfLab.Bench.A", "ReadBenchmarks", "Read_Plain")));
    }

    [Fact]
    public void A_report_with_a_source_root_links_each_technique_of_the_page()
    {
        var repository = _scratch.Combine("repo");
        Directory.CreateDirectory(Path.Combine(repository, "bench", "FixtureBench"));
        File.Copy(Path.Combine(Fixture.Root, "source", "Program.cs.txt"), Path.Combine(repository, "bench", "FixtureBench", "Program.cs"));
        var output = _scratch.Combine("out");

        ReportGenerator.Generate(Fixture.Lab, output, new ReportOptions { SourceRoot = repository });

        var page = File.ReadAllText(Path.Combine(output, "demo.md"));
        Assert.Contains("| [Sum_ForLoop](../bench/FixtureBench/Program.cs#L50) (baseline) |", page, StringComparison.Ordinal);
        Assert.Contains("| [Sum_Linq](../bench/FixtureBench/Program.cs#L53) |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_s_inherited_benchmarks_resolve_to_their_declaring_file()
    {
        var root = RepositoryRoot();
        var sources = SourceLinks.Of(root);
        const string file = "bench/PerfLab.Bench.Deserialization/DeserializeBenchmark.cs";
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(root, file)), l => l.Contains("Deserialize_MemoryPack()", StringComparison.Ordinal)) + 1;

        Assert.Equal($"../{file}#L{line}", sources.Link(Benchmark("PerfLab.Bench.Serialization", "DeserializeMedium", "Deserialize_MemoryPack")));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
