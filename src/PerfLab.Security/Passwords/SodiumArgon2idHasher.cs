using System.Text;
using SodiumArgon2id = Geralt.Argon2id;

namespace PerfLab.Security.Passwords;

/// <summary>
/// Argon2id in native code: libsodium's <c>crypto_pwhash_argon2id_str</c> and <c>_str_verify</c> through Geralt (the
/// native library ships in the libsodium package). libsodium makes the salt, writes and verifies the PHC string and
/// compares in constant time; its memory is native, so a managed allocation count does not show it.
/// </summary>
public sealed class SodiumArgon2idHasher : Argon2idHasher
{
    public SodiumArgon2idHasher(Argon2Settings settings) : base(settings)
    {
        // libsodium's crypto_pwhash_str always uses one lane.
        if (settings.Parallelism != 1) throw new ArgumentOutOfRangeException(nameof(settings), "libsodium's Argon2id uses exactly one lane (p=1)");
    }

    public override string Implementation => "Sodium";

    public override string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Span<char> stored = stackalloc char[SodiumArgon2id.HashSize];
        SodiumArgon2id.ComputeHash(stored, Encoding.UTF8.GetBytes(password), Settings.Iterations, Settings.MemoryBytes);
        // The string is NUL-terminated inside a fixed-size buffer.
        var end = stored.IndexOf('\0');
        return new string(end < 0 ? stored : stored[..end]);
    }

    protected override bool VerifyCore(string password, string stored, PhcString phc, Argon2Settings storedSettings) =>
        storedSettings.Parallelism == 1
            ? SodiumArgon2id.VerifyHash(stored, Encoding.UTF8.GetBytes(password))
            : throw new FormatException("libsodium verifies single-lane (p=1) Argon2id hashes only");
}
