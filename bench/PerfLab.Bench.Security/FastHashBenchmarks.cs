using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Security.Passwords;

namespace PerfLab.Bench.Security;

/// <summary>
/// The wrong answers against the recommended one: a single SHA-256, unsalted and salted, against PBKDF2-SHA256 at
/// 600,000 iterations. The ratio is the attacker's speed-up per guess against a stolen table; the unsalted format
/// also lets one guess test every account at once.
/// </summary>
// The SHA-256 rows are sub-microsecond calls, like the caching suite's hits, which were flat after 10 warm-up
// iterations; 10 is a proposal still to be measured here (it costs the PBKDF2 row about one second).
[WarmupCount(10)]
[BenchmarkCategory(Categories.Security.FastHash)]
public class FastHashBenchmarks : PasswordBenchmark
{
    [Benchmark(Baseline = true)] public string Hash_Pbkdf2Sha256() => PasswordHasherCatalog.Pbkdf2Sha256.Hash(NextPassword());
    [Benchmark] public string Hash_Sha256Unsalted() => PasswordHasherCatalog.Sha256Unsalted.Hash(NextPassword());
    [Benchmark] public string Hash_Sha256Salted() => PasswordHasherCatalog.Sha256Salted.Hash(NextPassword());
}
