using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

/// <summary>
/// Every hasher family at the lowest cost its library allows, so the behaviour tests run in milliseconds. Tests of
/// the recommended settings' formats use <see cref="PasswordHasherCatalog"/> itself.
/// </summary>
internal static class TestHashers
{
    public static readonly Argon2Settings SmallArgon2 = new(256, 1);
    public static readonly Argon2Settings LargerArgon2 = new(512, 2);

    public const int LowIterations = 1_000;
    public const int LowWorkFactor = BcryptHasher.MinWorkFactor;

    public static readonly string[] Names =
    [
        "Pbkdf2Sha256", "IdentityV3", "Bcrypt", "Argon2idKonscious", "Argon2idIsopoh", "Argon2idSodium", "Sha256Unsalted", "Sha256Salted",
    ];

    /// <summary>The families whose verification the lab implements itself (through a <see cref="HashComparison"/>).</summary>
    public static readonly string[] LabVerified = ["Pbkdf2Sha256", "Argon2idKonscious", "Sha256Unsalted", "Sha256Salted"];

    /// <summary>The families stored as PHC strings, whose hash field a test can change.</summary>
    public static readonly string[] Phc = ["Pbkdf2Sha256", "Argon2idKonscious", "Argon2idIsopoh", "Argon2idSodium", "Sha256Salted"];

    public static readonly string[] Argon2Implementations = ["Argon2idKonscious", "Argon2idIsopoh", "Argon2idSodium"];

    /// <summary>The families with a tunable setting: <see cref="Create"/> at the low setting, <see cref="CreateRaised"/> above it.</summary>
    public static readonly string[] Tunable = ["Pbkdf2Sha256", "IdentityV3", "Bcrypt", "Argon2idKonscious", "Argon2idIsopoh", "Argon2idSodium"];

    public static IPasswordHasher Create(string family, HashComparison? compare = null) => family switch
    {
        "Pbkdf2Sha256" => new Pbkdf2Sha256Hasher(LowIterations, compare),
        "IdentityV3" => new IdentityV3Hasher(LowIterations),
        "Bcrypt" => new BcryptHasher(LowWorkFactor),
        "Argon2idKonscious" => new KonsciousArgon2idHasher(SmallArgon2, compare),
        "Argon2idIsopoh" => new IsopohArgon2idHasher(SmallArgon2),
        "Argon2idSodium" => new SodiumArgon2idHasher(SmallArgon2),
        "Sha256Unsalted" => new Sha256UnsaltedHasher(compare),
        "Sha256Salted" => new Sha256SaltedHasher(compare),
        _ => throw new ArgumentException($"unknown family {family}", nameof(family)),
    };

    public static IPasswordHasher CreateRaised(string family) => family switch
    {
        "Pbkdf2Sha256" => new Pbkdf2Sha256Hasher(2 * LowIterations),
        "IdentityV3" => new IdentityV3Hasher(2 * LowIterations),
        "Bcrypt" => new BcryptHasher(LowWorkFactor + 1),
        "Argon2idKonscious" => new KonsciousArgon2idHasher(LargerArgon2),
        "Argon2idIsopoh" => new IsopohArgon2idHasher(LargerArgon2),
        "Argon2idSodium" => new SodiumArgon2idHasher(LargerArgon2),
        _ => throw new ArgumentException($"{family} has no setting to raise", nameof(family)),
    };

    public static TheoryData<string> Of(IEnumerable<string> families)
    {
        var data = new TheoryData<string>();
        foreach (var family in families) data.Add(family);
        return data;
    }
}
