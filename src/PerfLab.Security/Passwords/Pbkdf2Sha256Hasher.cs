using System.Globalization;
using System.Security.Cryptography;

namespace PerfLab.Security.Passwords;

/// <summary>
/// PBKDF2-HMAC-SHA256 through <see cref="Rfc2898DeriveBytes.Pbkdf2(ReadOnlySpan{char}, ReadOnlySpan{byte}, Span{byte}, int, HashAlgorithmName)"/>
/// (the platform's crypto library), stored as a PHC string <c>$pbkdf2-sha256$i=600000$salt$hash</c> with a
/// 16-byte salt and a 32-byte hash. OWASP's recommendation for this algorithm is 600,000 iterations.
/// </summary>
public sealed class Pbkdf2Sha256Hasher : IPasswordHasher
{
    public const string Id = "pbkdf2-sha256";
    public const int SaltBytes = 16;
    public const int HashBytes = 32;

    /// <summary>The longest stored hash accepted (it is recomputed on the stack).</summary>
    private const int MaxHashBytes = 64;

    private readonly HashComparison _compare;

    public Pbkdf2Sha256Hasher(int iterations, HashComparison? compare = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        Iterations = iterations;
        _compare = compare ?? ConstantTime.Default;
    }

    public int Iterations { get; }

    public string Name => "Pbkdf2Sha256";

    public string Setting => string.Create(CultureInfo.InvariantCulture, $"{Id} i={Iterations}");

    public bool IsSalted => true;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Span<byte> salt = stackalloc byte[SaltBytes];
        RandomNumberGenerator.Fill(salt);
        Span<byte> hash = stackalloc byte[HashBytes];
        Rfc2898DeriveBytes.Pbkdf2(password, salt, hash, Iterations, HashAlgorithmName.SHA256);
        return $"${Id}${Parameters(Iterations)}${PhcString.Encode(salt)}${PhcString.Encode(hash)}";
    }

    public bool CanVerify(string stored) => PhcString.HasId(stored, Id);

    public VerifyResult Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        var phc = PhcString.Parse(stored);
        if (phc.Id != Id) throw new FormatException($"not a {Id} hash");
        var iterations = phc.IntParameter("i");
        if (iterations < 1 || phc.Hash.Length is 0 or > MaxHashBytes) throw new FormatException($"{Id} hash with no iterations or a hash of the wrong size");

        Span<byte> actual = stackalloc byte[phc.Hash.Length];
        Rfc2898DeriveBytes.Pbkdf2(password, phc.Salt, actual, iterations, HashAlgorithmName.SHA256);
        return _compare(phc.Hash, actual) ? VerifyResult.Succeeded(needsRehash: iterations != Iterations) : VerifyResult.Failed;
    }

    private static string Parameters(int iterations) => string.Create(CultureInfo.InvariantCulture, $"i={iterations}");
}
