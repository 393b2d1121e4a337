using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfLab.Orm.Model;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// Adding a loyalty bonus to the first 1,000 customers (a primary-key range): one set-based UPDATE, EF Core's
/// <c>ExecuteUpdate</c> (the same statement, from LINQ), or EF's classic load, modify, <c>SaveChanges</c> (one
/// UPDATE per row). <see cref="Reset"/> writes the original points back so every run starts from the built database.
/// </summary>
public sealed class LoyaltyUpdate : IDisposable
{
    public const int MaxRows = 1_000;
    public const int Bonus = 10;

    public const string Sql = "UPDATE Customers SET LoyaltyPoints = LoyaltyPoints + $bonus WHERE Id >= $first AND Id <= $last";

    /// <summary>The first id updated.</summary>
    public const long First = 1;

    private readonly DataAccess _access;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _restore;
    private readonly (long Id, int Points)[] _original;

    public LoyaltyUpdate(DataAccess access)
    {
        _access = access;
        access.UseNormalSynchronous();
        Last = Math.Min(MaxRows, access.Scale);
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

    /// <summary>The last id updated (the range is <c>1..Last</c>).</summary>
    public long Last { get; }

    /// <summary>Restores every updated row's original points (one transaction), then checkpoints so the WAL starts empty.</summary>
    public void Reset()
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

    /// <summary>EF Core <c>ExecuteUpdate</c>: the same single UPDATE, translated from LINQ, no entities loaded.</summary>
    public int EfExecuteUpdate()
    {
        using var context = _access.RentContext();
        return ExecuteUpdate(context, Last);
    }

    /// <summary>
    /// EF Core's classic path: load tracked entities, change them, <c>SaveChanges</c> (one UPDATE per row, in one
    /// transaction). The domain records are init-only, so the change goes through the change tracker's entry.
    /// </summary>
    public int EfLoadModifySave()
    {
        using var context = _access.RentContext();
        return LoadModifySave(context, Last);
    }

    /// <summary>The <see cref="EfExecuteUpdate"/> technique on a context of either engine: ids <c>1..<paramref name="last"/></c>.</summary>
    public static int ExecuteUpdate(CommerceDbContext context, long last)
    {
        var (first, bonus) = (First, Bonus);
        return context.Customers
            .Where(c => c.Id >= first && c.Id <= last)
            .ExecuteUpdate(s => s.SetProperty(c => c.LoyaltyPoints, c => c.LoyaltyPoints + bonus));
    }

    /// <summary>The <see cref="EfLoadModifySave"/> technique on a context of either engine: ids <c>1..<paramref name="last"/></c>.</summary>
    public static int LoadModifySave(CommerceDbContext context, long last)
    {
        var first = First; // a captured local, so EF sends it as a parameter as before (a constant would be inlined)
        foreach (var customer in context.Customers.Where(c => c.Id >= first && c.Id <= last).ToList())
        {
            context.Entry(customer).Property(c => c.LoyaltyPoints).CurrentValue = customer.LoyaltyPoints + Bonus;
        }
        return context.SaveChanges();
    }

    public void Dispose()
    {
        _update.Dispose();
        _restore.Dispose();
    }
}
