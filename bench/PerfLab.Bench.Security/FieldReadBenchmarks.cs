namespace PerfLab.Bench.Security;

/// <summary>
/// Reading one customer by id, every invocation the next of all customers in a shuffled order: the sensitive fields
/// as plaintext TEXT, or sealed with AES-256-GCM and opened on read. The difference is the price of encryption per
/// row read.
/// </summary>
// Measured (results-profile.md, security): with 40 warm-up iterations the reads settled within 2-3 (the first
// 1.5-1.8x their median) and the writes from the first; 10 as for the other SQLite-bound classes.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Security.FieldRead)]
public class FieldReadBenchmarks : FieldEncryptionBenchmark
{
    private KeyCycle<long> _ids = null!;

    [GlobalSetup(Target = nameof(ReadRow_Plaintext))]
    public void SetupPlaintext() => Setup(FieldProtection.Plaintext);

    [GlobalSetup(Target = nameof(ReadRow_AesGcm))]
    public void SetupAesGcm() => Setup(FieldProtection.AesGcm);

    [Benchmark(Baseline = true)]
    public Customer ReadRow_Plaintext() => Store.Read(_ids.Next());

    [Benchmark]
    public Customer ReadRow_AesGcm() => Store.Read(_ids.Next());

    private void Setup(FieldProtection protection)
    {
        Open(protection);
        _ids = KeyCycle.ShuffledIds(Scale, Seed);
    }
}
