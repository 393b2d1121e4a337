using System.Diagnostics;
using System.Globalization;
using PerfLab.Security.Passwords;

namespace PerfLab.Security.Calibration;

/// <summary>One implementation of an algorithm to calibrate: the setting to turn and a hasher at any value of it.</summary>
public sealed record CalibrationSubject(string Name, CostKnob Knob, Func<long, IPasswordHasher> Create)
{
    /// <summary>A fixed password: calibration measures cost, which does not depend on the password's content.</summary>
    public const string Password = "calibration-Sørvåg-2026";

    /// <summary>Wall time of one hash at <paramref name="setting"/> (the hasher is built outside the timed region).</summary>
    public TimeSpan TimeOneHash(long setting)
    {
        var hasher = Create(setting);
        var start = Stopwatch.GetTimestamp();
        hasher.Hash(Password);
        return Stopwatch.GetElapsedTime(start);
    }
}

/// <summary>The calibration subject of each tunable hasher family of the suite.</summary>
public static class CalibrationSubjects
{
    /// <summary>Argon2 memory is calibrated at OWASP's t=2, p=1: memory is the setting OWASP says to raise first.</summary>
    public const int Argon2Iterations = 2;

    public static readonly CostKnob Pbkdf2Iterations =
        new("iterations", Start: 20_000, Min: 1_000, Max: 50_000_000, Step: 1_000, CostGrowth.Linear, i => Invariant($"i={i}"));

    public static readonly CostKnob BcryptWorkFactor =
        new("work factor", Start: 6, Min: BcryptHasher.MinWorkFactor, Max: 20, Step: 1, CostGrowth.Doubling, wf => Invariant($"wf={wf}"));

    public static readonly CostKnob Argon2Memory =
        new("memory", Start: 4 * 1024, Min: 1024, Max: 1024 * 1024, Step: 1024, CostGrowth.Linear,
            m => Invariant($"m={m},t={Argon2Iterations},p=1 ({m / 1024} MiB)"));

    public static CalibrationSubject Pbkdf2Sha256 { get; } = new("Pbkdf2Sha256", Pbkdf2Iterations, i => new Pbkdf2Sha256Hasher(checked((int)i)));

    public static CalibrationSubject IdentityV3 { get; } = new("IdentityV3", Pbkdf2Iterations, i => new IdentityV3Hasher(checked((int)i)));

    public static CalibrationSubject Bcrypt { get; } = new("Bcrypt", BcryptWorkFactor, wf => new BcryptHasher(checked((int)wf)));

    public static CalibrationSubject Argon2idKonscious { get; } =
        new("Argon2idKonscious", Argon2Memory, m => new KonsciousArgon2idHasher(Argon2At(m)));

    public static CalibrationSubject Argon2idIsopoh { get; } =
        new("Argon2idIsopoh", Argon2Memory, m => new IsopohArgon2idHasher(Argon2At(m)));

    public static CalibrationSubject Argon2idSodium { get; } =
        new("Argon2idSodium", Argon2Memory, m => new SodiumArgon2idHasher(Argon2At(m)));

    public static IReadOnlyList<CalibrationSubject> All { get; } =
        [Pbkdf2Sha256, IdentityV3, Bcrypt, Argon2idKonscious, Argon2idIsopoh, Argon2idSodium];

    /// <summary>The subject that calibrates <paramref name="hasher"/>'s family; null for the untunable single SHA-256.</summary>
    public static CalibrationSubject? For(IPasswordHasher hasher) => hasher switch
    {
        Pbkdf2Sha256Hasher => Pbkdf2Sha256,
        IdentityV3Hasher => IdentityV3,
        BcryptHasher => Bcrypt,
        KonsciousArgon2idHasher => Argon2idKonscious,
        IsopohArgon2idHasher => Argon2idIsopoh,
        SodiumArgon2idHasher => Argon2idSodium,
        _ => null,
    };

    private static Argon2Settings Argon2At(long memoryKiB) => new(checked((int)memoryKiB), Argon2Iterations);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
