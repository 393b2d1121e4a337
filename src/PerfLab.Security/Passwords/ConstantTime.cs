using System.Security.Cryptography;

namespace PerfLab.Security.Passwords;

/// <summary>Compares a computed hash with a stored one; the lab's hashers take one so a test can watch the comparison.</summary>
public delegate bool HashComparison(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual);

/// <summary>The comparison every hasher the lab implements itself uses unless a test passes another.</summary>
public static class ConstantTime
{
    /// <summary>
    /// <see cref="CryptographicOperations.FixedTimeEquals"/>: its time depends on the length only, never on where the
    /// first differing byte is, so response times do not tell an attacker how much of a guess's hash was right.
    /// </summary>
    public static HashComparison Default { get; } = CryptographicOperations.FixedTimeEquals;
}
