using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerfLab.Transactions.Crash;

/// <summary>
/// What a database looks like after its writer was killed, reopened the way an application reopens it (SQLite rolls
/// back a hot journal or recovers the WAL on first access).
/// </summary>
/// <param name="Acknowledged">Commit ids the writer acknowledged (over every trial on this database).</param>
/// <param name="MissingAcknowledged">Acknowledged ids with no rows: lost commits.</param>
/// <param name="PartialTransactions">Ids with some but not all of their rows: broken atomicity.</param>
/// <param name="Committed">Ids present in the database (acknowledged or committed just before the kill).</param>
/// <param name="IntegrityCheck">The result of <c>PRAGMA integrity_check</c>: "ok" or the problems found.</param>
public sealed record CrashCheck(int Acknowledged, int MissingAcknowledged, int PartialTransactions, int Committed, string IntegrityCheck)
{
    public bool IntegrityOk => IntegrityCheck == "ok";

    /// <summary>Opens the database after a crash and checks it against the acknowledged ids.</summary>
    public static CrashCheck Inspect(string databasePath, IReadOnlyCollection<long> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();

        var rowsPerTransaction = new Dictionary<long, long>();
        using (var counts = connection.CreateCommand())
        {
            counts.CommandText = "SELECT TxnId, COUNT(*) FROM CommitLog GROUP BY TxnId";
            using var reader = counts.ExecuteReader();
            while (reader.Read()) rowsPerTransaction[reader.GetInt64(0)] = reader.GetInt64(1);
        }

        string integrity;
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            using var reader = check.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            integrity = string.Join("; ", lines);
        }

        return new CrashCheck(
            acknowledged.Count,
            acknowledged.Count(id => !rowsPerTransaction.ContainsKey(id)),
            rowsPerTransaction.Count(t => t.Value != CommitLogSchema.RowsPerTransaction),
            rowsPerTransaction.Count,
            integrity);
    }
}
