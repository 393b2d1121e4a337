using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerfLab.Transactions.Durability;

/// <summary>
/// One journal mode and synchronous level, and what SQLite's documentation promises for a committed transaction under
/// it: the one place the suite states those promises (the commit-cost page shows them as the <c>Durability</c> metric,
/// the crash test decides from <see cref="SurvivesProcessCrash"/> which settings must not lose an acknowledged commit).
/// </summary>
/// <remarks>
/// Sources: https://www.sqlite.org/pragma.html#pragma_synchronous and https://www.sqlite.org/wal.html. Against a
/// process crash every setting is safe: a commit has handed its pages to the operating system, which writes them out
/// whether or not the process lives ("transactions are durable across application crashes regardless of the
/// synchronous setting or journal mode"). The levels differ only when the operating system or the power goes too.
/// </remarks>
public sealed record DurabilitySetting(JournalMode JournalMode, SynchronousLevel Synchronous)
{
    /// <summary>The comparison's six settings, rollback journal first.</summary>
    public static IReadOnlyList<DurabilitySetting> All { get; } =
        [.. Enum.GetValues<JournalMode>().SelectMany(j => Enum.GetValues<SynchronousLevel>().Select(s => new DurabilitySetting(j, s)))];

    /// <summary>Documented for every journal mode and synchronous level (see the remarks).</summary>
    public bool SurvivesProcessCrash => true;

    /// <summary>What a power loss or operating-system crash may do to committed transactions under this setting.</summary>
    public string PowerLoss => (JournalMode, Synchronous) switch
    {
        (_, SynchronousLevel.Off) =>
            "not protected: commits are never synced, so recent commits may be lost and the database may be corrupted",
        (JournalMode.Delete, SynchronousLevel.Normal) =>
            "commits are synced, less often than FULL: a very small chance of corruption on an older filesystem",
        (JournalMode.Delete, SynchronousLevel.Full) =>
            "no corruption; the last commit may still roll back if power fails right after it (EXTRA also syncs the journal's deletion)",
        (JournalMode.Wal, SynchronousLevel.Normal) =>
            "always consistent, but commits since the last checkpoint may roll back (the WAL is synced only at checkpoints)",
        (JournalMode.Wal, SynchronousLevel.Full) =>
            "durable: the WAL is synced at every commit",
        _ => throw new InvalidOperationException($"unknown setting {this}"),
    };

    /// <summary>The promises in one line: the <c>Durability</c> metric.</summary>
    public string Promise => $"process crash: commits survive; power loss: {PowerLoss}";

    /// <summary>The PRAGMA value names, as SQLite spells them.</summary>
    public string JournalModeName => JournalMode.ToString().ToUpperInvariant();

    public string SynchronousName => Synchronous.ToString().ToUpperInvariant();

    /// <summary>
    /// Sets the journal mode (a property of the database file, which needs no other connection open to leave WAL)
    /// and the synchronous level (a property of this connection only), and checks SQLite took both.
    /// </summary>
    public void Apply(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var mode = Scalar(connection, $"PRAGMA journal_mode = {JournalModeName}");
        if (!string.Equals(mode, JournalModeName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite kept journal_mode={mode} instead of {JournalModeName}");
        }
        Scalar(connection, $"PRAGMA synchronous = {SynchronousName}");
        var level = Scalar(connection, "PRAGMA synchronous");
        if (level != ((int)Synchronous).ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"SQLite kept synchronous={level} instead of {SynchronousName}");
        }
    }

    /// <summary>Command-line form, e.g. <c>wal-full</c> (the crash writer's argument).</summary>
    public override string ToString() => $"{JournalMode}-{Synchronous}".ToLowerInvariant();

    public static DurabilitySetting Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return All.SingleOrDefault(s => string.Equals(s.ToString(), text, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"unknown durability setting '{text}' (expected one of: {string.Join(", ", All)})");
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
