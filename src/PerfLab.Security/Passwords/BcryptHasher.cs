using System.Globalization;
using BCryptNet = BCrypt.Net.BCrypt;

namespace PerfLab.Security.Passwords;

/// <summary>
/// bcrypt through BCrypt.Net-Next, in the modular crypt format <c>$2a$12$</c> + 22 characters of salt + 31 of hash:
/// the work factor (cost doubles per step) is in the string. bcrypt reads at most 72 bytes of a password; the lab's
/// passwords are shorter (a service would reject longer ones or pre-hash them, which this row does not do).
/// </summary>
public sealed class BcryptHasher : IPasswordHasher
{
    public const int MinWorkFactor = 4;
    public const int MaxWorkFactor = 31;

    public BcryptHasher(int workFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workFactor, MinWorkFactor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workFactor, MaxWorkFactor);
        WorkFactor = workFactor;
    }

    public int WorkFactor { get; }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"BcryptWf{WorkFactor}");

    public string Setting => string.Create(CultureInfo.InvariantCulture, $"bcrypt wf={WorkFactor}");

    public bool IsSalted => true;

    public string Hash(string password) => BCryptNet.HashPassword(password, WorkFactor);

    public bool CanVerify(string stored) =>
        stored is { Length: 60 } && (stored.StartsWith("$2a$", StringComparison.Ordinal) || stored.StartsWith("$2b$", StringComparison.Ordinal) || stored.StartsWith("$2y$", StringComparison.Ordinal));

    /// <summary>The library's verification (it compares the recomputed string in constant time); a rehash is asked for below the current work factor.</summary>
    public VerifyResult Verify(string password, string stored)
    {
        if (!CanVerify(stored)) throw new FormatException("not a bcrypt hash");
        return BCryptNet.Verify(password, stored)
            ? VerifyResult.Succeeded(needsRehash: BCryptNet.PasswordNeedsRehash(stored, WorkFactor))
            : VerifyResult.Failed;
    }

    /// <summary>The work factor a stored bcrypt string was made with.</summary>
    public static int WorkFactorOf(string stored) =>
        int.Parse(BCryptNet.InterrogateHash(stored).WorkFactor, NumberStyles.None, CultureInfo.InvariantCulture);
}
