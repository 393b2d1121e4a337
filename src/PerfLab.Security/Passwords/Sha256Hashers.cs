using System.Security.Cryptography;
using System.Text;

namespace PerfLab.Security.Passwords;

/// <summary>
/// The wrong answer most often found in old systems: one SHA-256 of the password, stored as 64 hex digits. Equal
/// passwords give equal hashes, so one guess tests every stolen account at once and precomputed tables apply.
/// </summary>
public sealed class Sha256UnsaltedHasher(HashComparison? compare = null) : IPasswordHasher
{
    private readonly HashComparison _compare = compare ?? ConstantTime.Default;

    public string Name => "Sha256Unsalted";

    public string Setting => "sha256";

    public bool IsSalted => false;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(password), hash);
        return Convert.ToHexStringLower(hash);
    }

    public bool CanVerify(string stored) => stored is { Length: SHA256.HashSizeInBytes * 2 } && stored.All(char.IsAsciiHexDigit);

    public VerifyResult Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!CanVerify(stored)) throw new FormatException("not a hex SHA-256 hash");
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(password), actual);
        // A format with no parameters can never be raised: on success, always ask for a proper hash.
        return _compare(Convert.FromHexString(stored), actual) ? VerifyResult.Succeeded(needsRehash: true) : VerifyResult.Failed;
    }
}

/// <summary>
/// The other wrong answer: one SHA-256 of a 16-byte random salt and the password, stored as <c>$sha256$salt$hash</c>.
/// The salt makes every account its own target, but a guess still costs one fast hash.
/// </summary>
public sealed class Sha256SaltedHasher(HashComparison? compare = null) : IPasswordHasher
{
    public const string Id = "sha256";
    public const int SaltBytes = 16;

    private readonly HashComparison _compare = compare ?? ConstantTime.Default;

    public string Name => "Sha256Salted";

    public string Setting => "sha256 salted";

    public bool IsSalted => true;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Span<byte> salt = stackalloc byte[SaltBytes];
        RandomNumberGenerator.Fill(salt);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Compute(salt, password, hash);
        return $"${Id}${PhcString.Encode(salt)}${PhcString.Encode(hash)}";
    }

    public bool CanVerify(string stored) => PhcString.HasId(stored, Id);

    public VerifyResult Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        var phc = PhcString.Parse(stored);
        if (phc.Id != Id || phc.Parameters.Count != 0 || phc.Hash.Length != SHA256.HashSizeInBytes) throw new FormatException("not a salted SHA-256 hash");
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        Compute(phc.Salt, password, actual);
        return _compare(phc.Hash, actual) ? VerifyResult.Succeeded(needsRehash: true) : VerifyResult.Failed;
    }

    private static void Compute(ReadOnlySpan<byte> salt, string password, Span<byte> hash)
    {
        var input = new byte[salt.Length + Encoding.UTF8.GetByteCount(password)];
        salt.CopyTo(input);
        Encoding.UTF8.GetBytes(password, input.AsSpan(salt.Length));
        SHA256.HashData(input, hash);
    }
}
