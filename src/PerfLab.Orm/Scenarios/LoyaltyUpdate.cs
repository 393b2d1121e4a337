using Microsoft.Data.Sqlite;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// Adding a loyalty bonus to the first 1,000 customers (a primary-key range) on SQLite: one prepared set-based UPDATE
/// beside EF Core's techniques. <see cref="Reset"/> writes the original points back so every run starts from the built
/// database.
/// </summary>
public sealed class LoyaltyUpdate : LoyaltyUpdateTechniques, IDisposable
{
    public const string Sql = "UPDATE Customers SET LoyaltyPoints = LoyaltyPoints + $bonus WHERE Id >= $first AND Id <= $last";

    private readonly DataAccess _access;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _restore;
    private readonly (long Id, int Points)[] _original;

    public LoyaltyUpdate(DataAccess access) : base(access)
    {
        _access = access;
        access.UseNormalSynchronous();
        _update = access.PrepareCommand(Sql, "$bonus", "$first", "$last");
        _restore = access.PrepareCommand("UPDATE Customers SET LoyaltyPoints = $points WHERE Id = $id", "$points", "$id");
        using var read = access.PrepareCommand("SELECT Id, LoyaltyPoints FROM Customers WHERE Id >= $first AND Id <= $last ORDER BY Id", "$first", "$last");
        read.Parameters[0].Value = First;
        read.Parameters[1].Value = Last;
        using var reader = read.ExecuteReader();
        var original = new List<(long, int)>();
        while (reader.Read()) original.Add((reader.GetInt64(0), reader.GetInt32(1)));
        _original = original.ToArray();
    }

    /// <summary>Restores every updated row's original points (one transaction), then checkpoints so the WAL starts empty.</summary>
    public override void Reset()
    {
        using var transaction = _access.Connection.BeginTransaction();
        _restore.Transaction = transaction;
        foreach (var (id, points) in _original)
        {
            _restore.Parameters[0].Value = points;
            _restore.Parameters[1].Value = id;
            _restore.ExecuteNonQuery();
        }
        transaction.Commit();
        _access.Checkpoint();
    }

    /// <summary>One prepared set-based UPDATE (its own implicit transaction).</summary>
    public int AdoSql()
    {
        _update.Parameters[0].Value = Bonus;
        _update.Parameters[1].Value = First;
        _update.Parameters[2].Value = Last;
        return _update.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _update.Dispose();
        _restore.Dispose();
    }
}
