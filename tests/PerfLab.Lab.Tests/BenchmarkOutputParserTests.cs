namespace PerfLab.Lab.Tests;

public class BenchmarkOutputParserTests
{
    [Fact]
    public void Follows_the_cases_of_a_captured_run()
    {
        var parser = new BenchmarkOutputParser();
        var starts = new List<(int Case, int Completed, int? Total, string? Name)>();
        foreach (var line in BenchmarkDotNetSample.Lines)
        {
            if (parser.Observe(line)) starts.Add((parser.Case, parser.Completed, parser.Total, parser.CaseName));
        }

        Assert.Equal(
        [
            (1, 0, 3, "CustomerByIdBenchmarks.ById_Dapper: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]"),
            (2, 1, 3, "CustomerByIdBenchmarks.ById_EfLinq: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]"),
            (3, 2, 3, "CustomerByIdBenchmarks.ById_EfCompiled: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]"),
        ], starts);
        Assert.Equal(0, parser.Remained);
        Assert.Equal(3, parser.Completed);
    }

    [Theory]
    [InlineData("// ** Remained 420 (74.5 %) benchmark(s) to run. Estimated finish 2024-06-20 2:54 (0h 40m from now) **", 420)]
    [InlineData("// **Remained 11 (91,7%) benchmark(s) to run. Estimated finish 2025-07-16 21:58 (2h 16m from now)**", 11)]
    public void Reads_BenchmarkDotNets_remaining_count(string line, int remained)
    {
        var parser = new BenchmarkOutputParser();
        Assert.False(parser.Observe(line));
        Assert.Equal(remained, parser.Remained);
    }

    [Fact]
    public void Completed_cases_come_from_BenchmarkDotNets_count_once_it_has_given_one()
    {
        var parser = new BenchmarkOutputParser();
        parser.Observe("// ***** Found 52 benchmark(s) in total *****");
        parser.Observe("// ** Remained 39 (75.0 %) benchmark(s) to run. Estimated finish 2026-11-27 15:24 (0h 2m from now) **");
        Assert.Equal(13, parser.Completed);
    }

    [Theory]
    [InlineData("WorkloadResult  14: 8192000 op, 547023863.50 ns, 66.7754 ns/op")]
    [InlineData("// Benchmark Process 4360 has exited with code 0.")]
    [InlineData("")]
    public void Other_lines_change_nothing(string line)
    {
        var parser = new BenchmarkOutputParser();
        Assert.False(parser.Observe(line));
        Assert.Equal(0, parser.Case);
        Assert.Null(parser.Total);
    }
}
