using System.Security.Cryptography;
using System.Text;
using KonsciousArgon2id = Konscious.Security.Cryptography.Argon2id;

namespace PerfLab.Security.Passwords;

/// <summary>
/// Argon2id in managed code with Konscious.Security.Cryptography.Argon2: it derives the raw hash, the lab writes and
/// reads the PHC string and compares hashes through <see cref="HashComparison"/> (constant time by default).
/// </summary>
public sealed class KonsciousArgon2idHasher(Argon2Settings settings, HashComparison? compare = null) : Argon2idHasher(settings)
{
    private readonly HashComparison _compare = compare ?? ConstantTime.Default;

    public override string Implementation => "Konscious";

    public override string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(Argon2Settings.SaltBytes);
        return Settings.Format(salt, Derive(password, salt, Settings, Argon2Settings.HashBytes));
    }

    protected override bool VerifyCore(string password, string stored, PhcString phc, Argon2Settings storedSettings) =>
        _compare(phc.Hash, Derive(password, phc.Salt, storedSettings, phc.Hash.Length));

    private static byte[] Derive(string password, byte[] salt, Argon2Settings settings, int length)
    {
        using var argon2 = new KonsciousArgon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = settings.MemoryKiB,
            Iterations = settings.Iterations,
            DegreeOfParallelism = settings.Parallelism,
        };
        return argon2.GetBytes(length);
    }
}
