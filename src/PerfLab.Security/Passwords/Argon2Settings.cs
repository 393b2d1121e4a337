using System.Globalization;

namespace PerfLab.Security.Passwords;

/// <summary>
/// Argon2id's cost parameters: memory in KiB (m), passes over it (t) and lanes (p). Every implementation in the lab
/// uses a 16-byte salt and a 32-byte hash, Argon2 version 0x13 (19), so they all write the same PHC strings.
/// </summary>
public sealed record Argon2Settings(int MemoryKiB, int Iterations, int Parallelism = 1)
{
    public const string Id = "argon2id";
    public const int Version = 0x13;
    public const int SaltBytes = 16;
    public const int HashBytes = 32;

    /// <summary>OWASP's first Argon2id configuration: 19 MiB, 2 passes, 1 lane.</summary>
    public static readonly Argon2Settings OwaspM19T2 = new(19 * 1024, 2);

    /// <summary>OWASP's equivalent with more memory and one pass: 46 MiB, 1 pass, 1 lane.</summary>
    public static readonly Argon2Settings OwaspM46T1 = new(46 * 1024, 1);

    /// <summary>The PHC parameter field, e.g. <c>m=19456,t=2,p=1</c>.</summary>
    public string Phc => string.Create(CultureInfo.InvariantCulture, $"m={MemoryKiB},t={Iterations},p={Parallelism}");

    /// <summary>The part of a benchmark name after the implementation: <c>M19T2</c> (whole MiB) or <c>M256KT1</c>.</summary>
    public string NameSuffix => MemoryKiB % 1024 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"M{MemoryKiB / 1024}T{Iterations}")
        : string.Create(CultureInfo.InvariantCulture, $"M{MemoryKiB}KT{Iterations}");

    /// <summary>libsodium takes the memory limit in bytes.</summary>
    public int MemoryBytes => checked(MemoryKiB * 1024);

    /// <summary>The settings a PHC string was made with.</summary>
    public static Argon2Settings Of(PhcString phc)
    {
        ArgumentNullException.ThrowIfNull(phc);
        if (phc.Id != Id) throw new FormatException($"not an {Id} hash");
        if (phc.Version != Version) throw new FormatException($"{Id} version {phc.Version} is not {Version}");
        return new Argon2Settings(phc.IntParameter("m"), phc.IntParameter("t"), phc.IntParameter("p"));
    }

    /// <summary>The PHC string of a hash made at these settings.</summary>
    public string Format(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> hash) =>
        string.Create(CultureInfo.InvariantCulture, $"${Id}$v={Version}${Phc}${PhcString.Encode(salt)}${PhcString.Encode(hash)}");
}
