namespace PerfLab.Lab.Tests;

public class BenchmarkOutputParserTests
{
    [Fact]
    public void Follows_the_cases_of_a_captured_run()
    {
        var parser = new BenchmarkOutputParser();
        var starts = new List<(int Case, int? Total, string? Name)>();
        foreach (var line in BenchmarkDotNetSample.Lines)
        {
            if (parser.Observe(line)) starts.Add((parser.Case, parser.Total, parser.CaseName));
        }

        Assert.Equal(
        [
            (1, 3, "CustomerByIdBenchmarks.ById_Dapper: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]"),
            (2, 3, "CustomerByIdBenchmarks.ById_EfLinq: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]"),
            (3, 3, "CustomerByIdBenchmarks.ById_EfCompiled: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]"),
        ], starts);
        Assert.Equal(0, parser.Remained);
        Assert.Equal(TimeSpan.Zero, parser.EstimatedRemaining);
    }

    [Theory]
    [InlineData("// ** Remained 420 (74.5 %) benchmark(s) to run. Estimated finish 2024-06-20 2:54 (0h 40m from now) **", 420, 0, 40)]
    [InlineData("// **Remained 11 (91,7%) benchmark(s) to run. Estimated finish 2025-07-16 21:58 (2h 16m from now)**", 11, 2, 16)]
    public void Reads_BenchmarkDotNets_remaining_count_and_estimate(string line, int remained, int hours, int minutes)
    {
        var parser = new BenchmarkOutputParser();
        Assert.False(parser.Observe(line));
        Assert.Equal(remained, parser.Remained);
        Assert.Equal(new TimeSpan(hours, minutes, 0), parser.EstimatedRemaining);
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
