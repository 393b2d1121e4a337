namespace PerfLab.Bench.Security;

/// <summary>
/// The wrong answers against the recommended one: a single SHA-256, unsalted and salted, against PBKDF2-SHA256 at
/// 600,000 iterations. The ratio is the attacker's speed-up per guess against a stolen table; the unsalted format
/// also lets one guess test every account at once.
/// </summary>
// Measured (results-profile.md, security): with 40 warm-up iterations, every row (SHA-256 at 0.4-1.4 us, PBKDF2 at
// 108 ms) was within 10% of its measured median from the first one; 5 keep PBKDF2's warm-up near 2 s.
[WarmupCount(5)]
[BenchmarkCategory(Categories.Security.FastHash)]
public class FastHashBenchmarks : PasswordBenchmark
{
    [Benchmark(Baseline = true)] public string Hash_Pbkdf2Sha256() => PasswordHasherCatalog.Pbkdf2Sha256.Hash(NextPassword());
    [Benchmark] public string Hash_Sha256Unsalted() => PasswordHasherCatalog.Sha256Unsalted.Hash(NextPassword());
    [Benchmark] public string Hash_Sha256Salted() => PasswordHasherCatalog.Sha256Salted.Hash(NextPassword());
}
