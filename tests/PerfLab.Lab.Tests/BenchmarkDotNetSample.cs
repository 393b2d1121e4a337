namespace PerfLab.Lab.Tests;

/// <summary>Lines as BenchmarkDotNet 0.15 writes them to stdout (captured from real runs, trimmed).</summary>
internal static class BenchmarkDotNetSample
{
    public static readonly string[] Lines =
    [
        "// ***** BenchmarkRunner: Start   *****",
        "// ***** Found 3 benchmark(s) in total *****",
        "// ***** Building 1 exe(s) in Parallel: Start   *****",
        "// **************************",
        "// Benchmark: CustomerByIdBenchmarks.ById_Dapper: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]",
        "// *** Execute ***",
        "WorkloadResult  14: 8192000 op, 547023863.50 ns, 66.7754 ns/op",
        "// ** Remained 2 (66.7 %) benchmark(s) to run. Estimated finish 2026-11-27 15:24 (0h 2m from now) **",
        "// **************************",
        "// Benchmark: CustomerByIdBenchmarks.ById_EfLinq: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]",
        "// **Remained 1 (33,3%) benchmark(s) to run. Estimated finish 2026-11-27 15:25 (1h 16m from now)**",
        "// Benchmark: CustomerByIdBenchmarks.ById_EfCompiled: Job-CEIKLR(RunStrategy=Throughput) [Scale=100]",
        "// ** Remained 0 (0.0%) benchmark(s) to run. Estimated finish 2026-11-27 15:26 (0h 0m from now) **",
        "// ***** BenchmarkRunner: Finish  *****",
    ];
}
