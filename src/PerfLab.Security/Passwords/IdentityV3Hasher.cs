using System.Buffers.Binary;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PerfLab.Security.Passwords;

/// <summary>
/// ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> in its default v3 format: PBKDF2-HMAC-SHA512 (since
/// .NET 7) with a 16-byte salt and a 32-byte subkey, stored as Base64 of <c>0x01 | prf | iterations | salt length |
/// salt | subkey</c> (big-endian integers), so the iteration count travels with the hash.
/// </summary>
public sealed class IdentityV3Hasher : IPasswordHasher
{
    /// <summary>Identity's own default (<see cref="PasswordHasherOptions.IterationCount"/>).</summary>
    public static readonly int DefaultIterations = new PasswordHasherOptions().IterationCount;

    /// <summary>Identity's identifier of HMAC-SHA512 in the v3 header.</summary>
    public const uint HmacSha512 = 2;

    private readonly PasswordHasher<NoUser> _hasher;

    public IdentityV3Hasher() : this(DefaultIterations)
    {
    }

    public IdentityV3Hasher(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        Iterations = iterations;
        _hasher = new PasswordHasher<NoUser>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = iterations,
        }));
    }

    public int Iterations { get; }

    public string Name => "IdentityV3";

    /// <summary>Identity uses HMAC-SHA512: an attacker's guess costs a PBKDF2-SHA512 iteration, not a SHA-256 one.</summary>
    public string Setting => string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha512 i={Iterations}");

    public bool IsSalted => true;

    public string Hash(string password) => _hasher.HashPassword(NoUser.Instance, password);

    /// <summary>Base64 whose first byte is the v3 marker 0x01.</summary>
    public bool CanVerify(string stored) => TryReadHeader(stored, out _, out _);

    /// <summary>Identity's own verification (a constant-time comparison); it asks for a rehash when the stored count is lower.</summary>
    public VerifyResult Verify(string password, string stored)
    {
        if (!CanVerify(stored)) throw new FormatException("not an ASP.NET Core Identity v3 hash");
        return _hasher.VerifyHashedPassword(NoUser.Instance, stored, password) switch
        {
            PasswordVerificationResult.Success => VerifyResult.Succeeded(needsRehash: false),
            PasswordVerificationResult.SuccessRehashNeeded => VerifyResult.Succeeded(needsRehash: true),
            _ => VerifyResult.Failed,
        };
    }

    /// <summary>The PRF and iteration count a v3 hash was made with: the parameters it carries.</summary>
    public static bool TryReadHeader(string stored, out uint prf, out int iterations)
    {
        prf = 0;
        iterations = 0;
        // 1 marker + 3 header integers + 16-byte salt + 32-byte subkey = 61 bytes, 84 Base64 characters.
        Span<byte> bytes = stackalloc byte[96];
        if (stored is null || stored.Length > 128 || !Convert.TryFromBase64String(stored, bytes, out var length) || length < 13 || bytes[0] != 0x01)
            return false;
        prf = BinaryPrimitives.ReadUInt32BigEndian(bytes[1..]);
        var count = BinaryPrimitives.ReadUInt32BigEndian(bytes[5..]);
        if (count is 0 or > int.MaxValue) return false;
        iterations = (int)count;
        return true;
    }

    /// <summary>Identity's hasher wants a user; the v3 format ignores it.</summary>
    private sealed class NoUser
    {
        public static readonly NoUser Instance = new();
    }
}
