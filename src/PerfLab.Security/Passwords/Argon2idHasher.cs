namespace PerfLab.Security.Passwords;

/// <summary>
/// What the three Argon2id implementations share: the settings, the PHC format (<c>$argon2id$v=19$m=..,t=..,p=..$salt$hash</c>)
/// and when a stored hash needs replacing (made at other settings). Each implementation hashes and verifies its own way.
/// </summary>
public abstract class Argon2idHasher : IPasswordHasher
{
    protected Argon2idHasher(Argon2Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Iterations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Parallelism, 1);
        // Argon2 needs at least 8 KiB per lane.
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MemoryKiB, 8 * settings.Parallelism);
        Settings = settings;
    }

    public Argon2Settings Settings { get; }

    /// <summary>The implementation, as benchmark names spell it: Konscious, Isopoh or Sodium.</summary>
    public abstract string Implementation { get; }

    public string Name => $"Argon2id{Implementation}_{Settings.NameSuffix}";

    public string Setting => $"{Argon2Settings.Id} {Settings.Phc}";

    public bool IsSalted => true;

    public abstract string Hash(string password);

    public bool CanVerify(string stored) => PhcString.HasId(stored, Argon2Settings.Id);

    public VerifyResult Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        var phc = PhcString.Parse(stored);
        var storedSettings = Argon2Settings.Of(phc);
        if (phc.Salt.Length < 8 || phc.Hash.Length is < 4 or > 64) throw new FormatException("argon2id salt or hash of the wrong size");
        return VerifyCore(password, stored, phc, storedSettings)
            ? VerifyResult.Succeeded(needsRehash: storedSettings != Settings)
            : VerifyResult.Failed;
    }

    /// <summary>Recomputes the hash at the stored settings and compares it in constant time.</summary>
    protected abstract bool VerifyCore(string password, string stored, PhcString phc, Argon2Settings storedSettings);
}
