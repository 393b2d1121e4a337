namespace PerfLab.Security.Passwords;

/// <summary>
/// A login that keeps stored hashes current: the stored string names its format and settings, so it is verified by
/// whichever accepted hasher reads that format, and on success a hash made at other settings (or in an older format)
/// is replaced by one from the current hasher. Raising the settings later needs no password reset: each user moves
/// to the new settings at their next login.
/// </summary>
public sealed class PasswordLogin
{
    private readonly IReadOnlyList<IPasswordHasher> _readers;

    /// <param name="current">What new hashes are made with.</param>
    /// <param name="legacy">Older formats still accepted at login, replaced on success.</param>
    public PasswordLogin(IPasswordHasher current, params IPasswordHasher[] legacy)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(legacy);
        Current = current;
        _readers = [current, .. legacy];
    }

    public IPasswordHasher Current { get; }

    /// <summary>Checks <paramref name="password"/> against <paramref name="stored"/>.</summary>
    /// <exception cref="FormatException">No accepted hasher reads <paramref name="stored"/>.</exception>
    public LoginResult Verify(string password, string stored)
    {
        var reader = _readers.FirstOrDefault(h => h.CanVerify(stored))
            ?? throw new FormatException("the stored hash is in none of the accepted formats");
        var result = reader.Verify(password, stored);
        if (!result.Success) return LoginResult.Failed;
        return result.NeedsRehash || !ReferenceEquals(reader, Current)
            ? new LoginResult(true, Current.Hash(password))
            : new LoginResult(true, null);
    }
}

/// <summary>The outcome of <see cref="PasswordLogin.Verify"/>.</summary>
/// <param name="Success">The password matches.</param>
/// <param name="Rehash">The string to store instead, when the stored one was made at other settings or in an older format.</param>
public sealed record LoginResult(bool Success, string? Rehash)
{
    public static readonly LoginResult Failed = new(false, null);
}
