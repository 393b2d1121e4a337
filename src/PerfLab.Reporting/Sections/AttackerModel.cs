namespace PerfLab.Reporting.Sections;

/// <summary>One measured hashing row: which technique, what a guess against its stored format costs, its time.</summary>
/// <param name="Technique">The row (a hasher's name).</param>
/// <param name="Setting">Algorithm and parameters (<c>IPasswordHasher.Setting</c>): rows with equal settings compute the same function.</param>
/// <param name="Salted">False when one guess tests every stolen account at once.</param>
/// <param name="Nanoseconds">Time of one hash: the row's median on its page.</param>
public sealed record HashMeasurement(string Technique, string Setting, bool Salted, double Nanoseconds);

/// <summary>What one stored format means for the attacker and for the server, derived from the measurements.</summary>
/// <param name="ServerSecondsPerLogin">The row's own time: a login verifies by recomputing the same hash.</param>
/// <param name="AttackerImplementation">The fastest row at the same setting: the one an attacker would run.</param>
/// <param name="GuessesPerSecondPerCore">Guesses one core of this machine tries per second with that implementation.</param>
/// <param name="SecondsToTryCommonPasswords">One core, the common-password list against the stolen hashes.</param>
/// <param name="DefenderHandicap">The row's time over the attacker's: how much the server's implementation gives away.</param>
public sealed record AttackEstimate(
    string Technique, string Setting, double ServerSecondsPerLogin, string AttackerImplementation,
    double GuessesPerSecondPerCore, double SecondsToTryCommonPasswords, double DefenderHandicap);

/// <summary>
/// Attacker against defender, from the measured times (a page's <see cref="AttackerTable"/>): an attacker who stole the password table runs the fastest
/// implementation of each stored format's algorithm at its setting, one guess per hash. Per core of the measuring
/// machine, so a lower bound for an attacker with GPUs, which speed up fast hashes and PBKDF2 far more than bcrypt
/// and memory-hard Argon2id.
/// </summary>
public static class AttackerModel
{
    /// <summary>The size of the usual "most common passwords" lists an attacker tries first.</summary>
    public const int CommonPasswords = 10_000;

    public static double GuessesPerSecond(double nanoseconds) =>
        nanoseconds > 0 ? 1e9 / nanoseconds : throw new ArgumentOutOfRangeException(nameof(nanoseconds), "a hash takes some time");

    /// <summary>
    /// Seconds for one core to try <paramref name="guesses"/> passwords against <paramref name="accounts"/> stolen
    /// hashes: salted formats need every guess hashed once per account, an unsalted one once for all of them.
    /// </summary>
    public static double SecondsToTry(double nanoseconds, int guesses, bool salted, int accounts = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(guesses, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(accounts, 1);
        return guesses / GuessesPerSecond(nanoseconds) * (salted ? accounts : 1);
    }

    /// <summary>Every row's estimate, in the order given.</summary>
    public static IReadOnlyList<AttackEstimate> Estimate(IEnumerable<HashMeasurement> measurements, int guesses = CommonPasswords, int accounts = 1)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var rows = measurements.ToArray();
        var fastest = rows
            .GroupBy(m => m.Setting, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(m => m.Nanoseconds)!, StringComparer.Ordinal);
        return rows.Select(row =>
        {
            var attacker = fastest[row.Setting];
            return new AttackEstimate(
                row.Technique,
                row.Setting,
                row.Nanoseconds / 1e9,
                attacker.Technique,
                GuessesPerSecond(attacker.Nanoseconds),
                SecondsToTry(attacker.Nanoseconds, guesses, row.Salted, accounts),
                row.Nanoseconds / attacker.Nanoseconds);
        }).ToArray();
    }
}
