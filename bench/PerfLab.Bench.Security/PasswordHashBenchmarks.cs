namespace PerfLab.Bench.Security;

/// <summary>
/// Hashing one password for storage at recommended settings, each call with a new random salt and the next password
/// of the rotation. A login recomputes the same function with the stored salt, so each time is also the server's
/// cost per login. bcrypt runs at work factors 10 and 12 only: each step doubles the cost, so 11 and 13 are about
/// twice 10 and 12 (and the calibration metric measures the steps around 100 and 250 ms).
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, security): with 30 warm-up iterations of 1-8 calls each,
// every row's first warm-up iteration was already within 10% of its measured median (no trend in the measured
// ones): a call costs thousands of times the JIT's tiering thresholds. 5 leave a margin at ~3 s per round in all.
[WarmupCount(5)]
[BenchmarkCategory(Categories.Security.PasswordHash)]
public class PasswordHashBenchmarks : PasswordBenchmark
{
    protected override bool ReportsCalibration => true;

    [Benchmark(Baseline = true)] public string Hash_Pbkdf2Sha256() => PasswordHasherCatalog.Pbkdf2Sha256.Hash(NextPassword());
    [Benchmark] public string Hash_IdentityV3() => PasswordHasherCatalog.IdentityV3.Hash(NextPassword());
    [Benchmark] public string Hash_BcryptWf10() => PasswordHasherCatalog.BcryptWf10.Hash(NextPassword());
    [Benchmark] public string Hash_BcryptWf12() => PasswordHasherCatalog.BcryptWf12.Hash(NextPassword());
    [Benchmark] public string Hash_Argon2idKonscious_M19T2() => PasswordHasherCatalog.Argon2idKonscious_M19T2.Hash(NextPassword());
    [Benchmark] public string Hash_Argon2idIsopoh_M19T2() => PasswordHasherCatalog.Argon2idIsopoh_M19T2.Hash(NextPassword());
    [Benchmark] public string Hash_Argon2idSodium_M19T2() => PasswordHasherCatalog.Argon2idSodium_M19T2.Hash(NextPassword());
    [Benchmark] public string Hash_Argon2idKonscious_M46T1() => PasswordHasherCatalog.Argon2idKonscious_M46T1.Hash(NextPassword());
    [Benchmark] public string Hash_Argon2idIsopoh_M46T1() => PasswordHasherCatalog.Argon2idIsopoh_M46T1.Hash(NextPassword());
    [Benchmark] public string Hash_Argon2idSodium_M46T1() => PasswordHasherCatalog.Argon2idSodium_M46T1.Hash(NextPassword());
}
