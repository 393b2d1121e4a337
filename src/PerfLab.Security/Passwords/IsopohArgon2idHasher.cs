using System.Security.Cryptography;
using System.Text;
using Isopoh.Cryptography.Argon2;
using IsopohArgon2 = Isopoh.Cryptography.Argon2.Argon2;

namespace PerfLab.Security.Passwords;

/// <summary>
/// Argon2id in managed code with Isopoh.Cryptography.Argon2, which writes and verifies the PHC string itself (its
/// verification compares with <see cref="CryptographicOperations.FixedTimeEquals"/>). Used with its defaults: it keeps
/// its memory in secure arrays, zeroed after use and locked into RAM where the OS allows it.
/// </summary>
public sealed class IsopohArgon2idHasher(Argon2Settings settings) : Argon2idHasher(settings)
{
    public override string Implementation => "Isopoh";

    public override string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return IsopohArgon2.Hash(new Argon2Config
        {
            Type = Argon2Type.HybridAddressing,
            Version = Argon2Version.Nineteen,
            MemoryCost = Settings.MemoryKiB,
            TimeCost = Settings.Iterations,
            Lanes = Settings.Parallelism,
            Threads = Settings.Parallelism,
            HashLength = Argon2Settings.HashBytes,
            Salt = RandomNumberGenerator.GetBytes(Argon2Settings.SaltBytes),
            Password = Encoding.UTF8.GetBytes(password),
        });
    }

    protected override bool VerifyCore(string password, string stored, PhcString phc, Argon2Settings storedSettings) =>
        IsopohArgon2.Verify(stored, Encoding.UTF8.GetBytes(password));
}
