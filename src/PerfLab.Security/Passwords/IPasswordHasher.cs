namespace PerfLab.Security.Passwords;

/// <summary>
/// One way of storing a password, at one setting: <see cref="Hash"/> makes the stored string, <see cref="Verify"/>
/// checks a login against it. Stored strings describe themselves (algorithm, parameters, salt, hash), so a hash made
/// at old settings still verifies after the settings were raised, and says it should be replaced.
/// </summary>
/// <remarks>
/// Benchmarks call the sealed hashers of <see cref="PasswordHasherCatalog"/> directly; the interface is for tests,
/// the login upgrade and reports that walk all of them.
/// </remarks>
public interface IPasswordHasher
{
    /// <summary>Stable name: benchmark methods are <c>Hash_</c> and this name, report rows use it.</summary>
    string Name { get; }

    /// <summary>
    /// What a guess costs to compute: the algorithm and its cost parameters, e.g. <c>argon2id m=19456,t=2,p=1</c>.
    /// Implementations of one algorithm at one setting share it (an attacker picks the fastest of them).
    /// </summary>
    string Setting { get; }

    /// <summary>False when equal passwords give equal stored strings: one guess then tests every stolen account at once.</summary>
    bool IsSalted { get; }

    /// <summary>The string to store for <paramref name="password"/>, with a fresh random salt where the format has one.</summary>
    string Hash(string password);

    /// <summary>True when <paramref name="stored"/> is in this hasher's format (at any setting).</summary>
    bool CanVerify(string stored);

    /// <summary>
    /// Whether <paramref name="password"/> matches <paramref name="stored"/> (compared in constant time), and whether
    /// the stored string was made at a setting other than this hasher's, so a successful login should store a new hash.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="stored"/> is not in this hasher's format.</exception>
    VerifyResult Verify(string password, string stored);
}

/// <summary>The outcome of a login check.</summary>
/// <param name="Success">The password matches.</param>
/// <param name="NeedsRehash">The password matches a hash made at other settings than the hasher's current ones.</param>
public readonly record struct VerifyResult(bool Success, bool NeedsRehash)
{
    public static VerifyResult Failed => default;

    public static VerifyResult Succeeded(bool needsRehash) => new(true, needsRehash);
}
