using Microsoft.Data.Sqlite;

namespace PerfLab.Transactions.Crash;

/// <summary>
/// The crash test's table: every transaction writes <see cref="RowsPerTransaction"/> rows with the same
/// <c>TxnId</c> (its commit id), so after a crash a transaction is either wholly there or wholly absent. The index on
/// <c>TxnId</c> puts every transaction's writes into two B-trees, more pages that a torn commit could leave half-done.
/// </summary>
public sealed class CommitLogSchema : SchemaVariant
{
    public static readonly CommitLogSchema Instance = new();

    public const int RowsPerTransaction = 8;

    private CommitLogSchema() { }

    public override string Name => "tx-commit-log";

    public override IReadOnlyList<string> CreateStatements { get; } =
    [
        "CREATE TABLE CommitLog (Id INTEGER PRIMARY KEY, TxnId INTEGER NOT NULL, Seq INTEGER NOT NULL, Payload TEXT NOT NULL)",
        "CREATE INDEX IX_CommitLog_TxnId ON CommitLog (TxnId)",
    ];

    /// <summary>Starts empty: the crash writer fills it.</summary>
    public override void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data)
    {
    }
}
