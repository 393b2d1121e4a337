using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerfLab.Transactions.Crash;

/// <summary>
/// The crash test's child process: commits transactions into a <see cref="CommitLogSchema"/> database as fast as it
/// can and acknowledges each one on a text stream (its commit id on a line of its own) only after COMMIT returned,
/// as a service answers a request. The test kills the process at a random moment and checks that every acknowledged
/// commit survived.
/// </summary>
public static class CommitLogWriter
{
    /// <summary>The first line written, once the database is open under its setting: the test starts the clock here.</summary>
    public const string Ready = "ready";

    /// <summary>A writer the test failed to kill stops by itself after this long.</summary>
    public static readonly TimeSpan MaxRunTime = TimeSpan.FromSeconds(30);

    /// <summary>Commits until killed (or <see cref="MaxRunTime"/>); returns the number of commits.</summary>
    public static int Run(string databasePath, DurabilitySetting setting, TextWriter acknowledgements)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(acknowledgements);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        setting.Apply(connection);

        long next;
        using (var last = connection.CreateCommand())
        {
            last.CommandText = "SELECT COALESCE(MAX(TxnId), 0) + 1 FROM CommitLog";
            next = (long)last.ExecuteScalar()!;
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO CommitLog (TxnId, Seq, Payload) VALUES ($txn, $seq, $payload)";
        var txn = insert.Parameters.Add(new SqliteParameter("$txn", null));
        var seq = insert.Parameters.Add(new SqliteParameter("$seq", null));
        var payload = insert.Parameters.Add(new SqliteParameter("$payload", null));
        insert.Prepare();
        // Row text from the lab's generator: about 200 characters of customer data per row.
        var payloads = new CommerceDataGenerator(1_000).Customers().Select(c => c.ToString()).ToArray();

        acknowledgements.WriteLine(Ready);
        acknowledgements.Flush();
        var stopwatch = Stopwatch.StartNew();
        var commits = 0;
        for (var id = next; stopwatch.Elapsed < MaxRunTime; id++)
        {
            using (var transaction = connection.BeginTransaction())
            {
                insert.Transaction = transaction;
                for (var row = 0; row < CommitLogSchema.RowsPerTransaction; row++)
                {
                    txn.Value = id;
                    seq.Value = row;
                    payload.Value = payloads[(int)((id * CommitLogSchema.RowsPerTransaction + row) % payloads.Length)];
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            acknowledgements.WriteLine(id.ToString(CultureInfo.InvariantCulture));
            acknowledgements.Flush();
            commits++;
        }
        return commits;
    }
}
