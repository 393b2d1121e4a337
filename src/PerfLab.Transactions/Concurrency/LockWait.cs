using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerfLab.Transactions.Concurrency;

/// <summary>
/// How the suite's concurrent connections wait for a lock: SQLite's own busy handler (<c>PRAGMA busy_timeout</c>),
/// then a "database is locked" error, counted by the workloads.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite sets no busy timeout: on SQLITE_BUSY it sleeps 150 ms and retries until the command timeout
/// (30 s by default), so a waiting read would cost at least 150 ms. With busy_timeout SQLite retries itself with short
/// sleeps (1, 2, 5, 10 … ms); the command timeout is set to the same second, so when SQLite gives up the error reaches
/// the caller instead of being retried.
/// </remarks>
public static class LockWait
{
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A new connection to the database waiting up to <see cref="BusyTimeout"/> for a lock.</summary>
    public static SqliteConnection Open(LabDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = new SqliteConnectionStringBuilder(database.ConnectionString)
        {
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            // Each workload holds its connections for its lifetime; a pool would keep them open after the file is deleted.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: "database is locked" (or "database table is locked").</summary>
    public static bool IsLockError(SqliteException exception) =>
        exception?.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED;

    /// <summary>The metric text of the wait, e.g. <c>busy_timeout=1000 ms, command timeout 1 s</c>.</summary>
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"busy_timeout={(int)BusyTimeout.TotalMilliseconds} ms, then \"database is locked\" (no retry)");
}
