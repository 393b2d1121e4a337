using PerfLab.Queries.Injection;

namespace PerfLab.Bench.Queries;

/// <summary>
/// One customer by email (a unique index), a different customer every call: parameterized with the statement
/// prepared once and re-bound (the baseline); parameterized with a new command per call, which is what Dapper and
/// EF Core do on Microsoft.Data.Sqlite (SQLite compiles the same text again); and SQL text concatenated per call
/// (every email a new statement), plain or with quotes doubled. The two concatenating rows are unsafe and measured
/// only to price them: the tests exploit them with the injection corpus.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): EF Core's LINQ row needed 35 warm-up
// iterations (its first 3.4x its median); the hand-written and Dapper rows 0-11 (the concatenated row last): 15.
[WarmupCount(40), HandWrittenWarmupCount(15)]
[BenchmarkCategory(Categories.Queries.SqlParameters)]
public class EmailLookupBenchmarks : QueriesBenchmark
{
    private CustomerSearch _search = null!;
    private KeyCycle<string> _emails = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lab = Open(OrderListVariant.Normalized);
        _search = new CustomerSearch(lab);
        _emails = new KeyCycle<string>(EmailSample.Read(lab));
    }

    [Benchmark(Baseline = true), HandWrittenWarmup]
    public List<CustomerMatch> Lookup_ParameterizedReused() => _search.ByEmailParameterizedReused(_emails.Next());

    [Benchmark, HandWrittenWarmup]
    public List<CustomerMatch> Lookup_ParameterizedNewCommand() => _search.ByEmailParameterized(_emails.Next());

    [Benchmark, HandWrittenWarmup]
    public List<CustomerMatch> Lookup_Dapper() => _search.ByEmailDapper(_emails.Next());

    [Benchmark]
    public List<CustomerMatch> Lookup_EfLinq() => _search.ByEmailEf(_emails.Next());

    [Benchmark, HandWrittenWarmup]
    public List<CustomerMatch> Lookup_Concatenated() => _search.ByEmailConcatenated(_emails.Next());

    [Benchmark, HandWrittenWarmup]
    public List<CustomerMatch> Lookup_ConcatenatedEscaped() => _search.ByEmailConcatenatedEscaped(_emails.Next());

    protected override string? PlanOf(string benchmarkMethod) => Lab!.DescribePlan(CustomerSearch.ByEmailSql, ("$email", "a@example.com"));

    protected override void Cleanup() => _search?.Dispose();
}
