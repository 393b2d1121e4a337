namespace PerfLab.Security.Passwords;

/// <summary>
/// Every password hasher of the suite at the settings it is measured at, once. Typed properties for benchmarks,
/// <see cref="All"/> for walking them; a benchmark method is <c>Hash_</c> and a hasher's <see cref="IPasswordHasher.Name"/>.
/// </summary>
public static class PasswordHasherCatalog
{
    /// <summary>OWASP's recommended iteration count for PBKDF2-HMAC-SHA256.</summary>
    public const int Pbkdf2OwaspIterations = 600_000;

    public static Pbkdf2Sha256Hasher Pbkdf2Sha256 { get; } = new(Pbkdf2OwaspIterations);

    /// <summary>ASP.NET Core Identity's default: PBKDF2-HMAC-SHA512 at Identity's own iteration count.</summary>
    public static IdentityV3Hasher IdentityV3 { get; } = new();

    /// <summary>bcrypt at work factor 10 (OWASP's minimum) and 12; 11 and 13 cost about twice 10 and 12 (see the calibration).</summary>
    public static BcryptHasher BcryptWf10 { get; } = new(10);

    public static BcryptHasher BcryptWf12 { get; } = new(12);

    public static KonsciousArgon2idHasher Argon2idKonscious_M19T2 { get; } = new(Argon2Settings.OwaspM19T2);

    public static IsopohArgon2idHasher Argon2idIsopoh_M19T2 { get; } = new(Argon2Settings.OwaspM19T2);

    public static SodiumArgon2idHasher Argon2idSodium_M19T2 { get; } = new(Argon2Settings.OwaspM19T2);

    public static KonsciousArgon2idHasher Argon2idKonscious_M46T1 { get; } = new(Argon2Settings.OwaspM46T1);

    public static IsopohArgon2idHasher Argon2idIsopoh_M46T1 { get; } = new(Argon2Settings.OwaspM46T1);

    public static SodiumArgon2idHasher Argon2idSodium_M46T1 { get; } = new(Argon2Settings.OwaspM46T1);

    /// <summary>The wrong answers, for comparison: one fast hash per guess.</summary>
    public static Sha256UnsaltedHasher Sha256Unsalted { get; } = new();

    public static Sha256SaltedHasher Sha256Salted { get; } = new();

    public static IReadOnlyList<IPasswordHasher> All { get; } =
    [
        Pbkdf2Sha256, IdentityV3, BcryptWf10, BcryptWf12,
        Argon2idKonscious_M19T2, Argon2idIsopoh_M19T2, Argon2idSodium_M19T2,
        Argon2idKonscious_M46T1, Argon2idIsopoh_M46T1, Argon2idSodium_M46T1,
        Sha256Unsalted, Sha256Salted,
    ];

    public static IPasswordHasher Get(string name) =>
        All.FirstOrDefault(h => h.Name == name)
        ?? throw new ArgumentException($"unknown password hasher '{name}' (expected one of: {string.Join(", ", All.Select(h => h.Name))})", nameof(name));
}
