using Microsoft.Data.Sqlite;

namespace PerfLab.Transactions.Isolation;

/// <summary>
/// One counter row, the smallest shape of a read-modify-write: a stock level, a balance, a like count. <c>Version</c>
/// is the optimistic-concurrency column (EF Core's concurrency token), increased by every write that uses it.
/// </summary>
public sealed class CounterSchema : SchemaVariant
{
    public static readonly CounterSchema Instance = new();

    /// <summary>The counter every worker increments.</summary>
    public const long CounterId = 1;

    private CounterSchema() { }

    public override string Name => "tx-counter";

    public override IReadOnlyList<string> CreateStatements { get; } =
    [
        "CREATE TABLE Counters (Id INTEGER PRIMARY KEY, Value INTEGER NOT NULL, Version INTEGER NOT NULL)",
    ];

    public override void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO Counters (Id, Value, Version) VALUES ({CounterId}, 0, 0)";
        command.ExecuteNonQuery();
    }
}
