using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// The settings of one connection that decide what a write costs: journal mode, synchronous level (whether a commit
/// waits for an fsync), the WAL's auto-checkpoint threshold and the page-cache size. Write benchmarks report them
/// as the lab metric <see cref="MetricName"/>, so a page states the durability its numbers were measured under and a
/// test can prove every technique of a comparison ran under the same settings.
/// </summary>
public sealed record SqliteSettings(string JournalMode, string Synchronous, long WalAutocheckpoint, long CacheSize)
{
    /// <summary>The lab metric (text) every write comparison reports.</summary>
    public const string MetricName = "SqliteSettings";

    private static readonly string[] SynchronousLevels = ["OFF", "NORMAL", "FULL", "EXTRA"];

    /// <summary>The settings of an open ADO.NET connection.</summary>
    public static SqliteSettings Read(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Read(pragma =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA " + pragma;
            return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
        });
    }

    /// <summary>The settings of any connection, given a way to read one PRAGMA's value as text.</summary>
    public static SqliteSettings Read(Func<string, string> pragma)
    {
        ArgumentNullException.ThrowIfNull(pragma);
        var synchronous = int.Parse(pragma("synchronous"), CultureInfo.InvariantCulture);
        return new SqliteSettings(
            pragma("journal_mode").ToLowerInvariant(),
            SynchronousLevels[synchronous],
            long.Parse(pragma("wal_autocheckpoint"), CultureInfo.InvariantCulture),
            long.Parse(pragma("cache_size"), CultureInfo.InvariantCulture));
    }

    /// <summary>One line for a report, e.g. <c>journal_mode=wal, synchronous=NORMAL, wal_autocheckpoint=1000 pages, cache_size=2000 KiB</c>.</summary>
    public override string ToString()
    {
        // A negative cache_size is in KiB, a positive one in pages (SQLite's convention).
        var cache = CacheSize < 0 ? $"{-CacheSize} KiB" : $"{CacheSize} pages";
        var checkpoint = WalAutocheckpoint <= 0 ? "off" : $"{WalAutocheckpoint} pages";
        return string.Create(CultureInfo.InvariantCulture,
            $"journal_mode={JournalMode}, synchronous={Synchronous}, wal_autocheckpoint={checkpoint}, cache_size={cache}");
    }
}
