namespace PerfLab.Bench.Security;

/// <summary>
/// Saving one customer's email, name and phone (an UPDATE of those three columns, its own transaction), every
/// invocation the next customer in a shuffled order with the values it was generated with: as plaintext TEXT, or
/// each sealed anew with AES-256-GCM (a fresh nonce per value). The difference is the price of encryption per row
/// written. Both rows write under the same settings (the SqliteSettings metric), WAL checkpoints included.
/// </summary>
// Measured (results-profile.md, security): with 40 warm-up iterations the reads settled within 2-3 (the first
// 1.5-1.8x their median) and the writes from the first; 10 as for the other SQLite-bound classes.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Security.FieldWrite)]
public class FieldWriteBenchmarks : FieldEncryptionBenchmark
{
    private KeyCycle<Customer> _customers = null!;

    [GlobalSetup(Target = nameof(WriteRow_Plaintext))]
    public void SetupPlaintext() => Setup(FieldProtection.Plaintext);

    [GlobalSetup(Target = nameof(WriteRow_AesGcm))]
    public void SetupAesGcm() => Setup(FieldProtection.AesGcm);

    [Benchmark(Baseline = true)]
    public void WriteRow_Plaintext() => Store.Write(_customers.Next());

    [Benchmark]
    public void WriteRow_AesGcm() => Store.Write(_customers.Next());

    private void Setup(FieldProtection protection)
    {
        Open(protection);
        _customers = KeyCycle.Shuffled(Store.Customers, Seed);
    }
}
