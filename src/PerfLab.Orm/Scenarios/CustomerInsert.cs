using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// Inserting 1,000 new customers on SQLite, each technique in one transaction except the autocommit trap; SQLite's own
/// are the SQLitePCLRaw floor and the prepared ADO.NET command. <see cref="Reset"/> deletes the rows again so every run
/// starts from the built database. Commits run with synchronous = NORMAL (see <see cref="DataAccess.UseNormalSynchronous"/>).
/// </summary>
public sealed class CustomerInsert : CustomerInsertTechniques, IDisposable
{
    private static readonly string[] Parameters = [.. CommerceTables.Customers.Columns.Select(c => "$" + c)];

    public static readonly string Sql = $"INSERT INTO Customers ({RowMapper.CustomerColumns}) VALUES ({string.Join(", ", Parameters)})";

    private readonly DataAccess _access;
    private readonly RawStatement _raw;
    private readonly SqliteCommand _inTransaction;
    private readonly SqliteCommand _autocommit;
    private readonly SqliteCommand _delete;

    public CustomerInsert(DataAccess access) : base(access, Sql, access.Database.Spec.Seed)
    {
        _access = access;
        access.UseNormalSynchronous();
        _raw = access.Raw.Prepare(Sql);
        _inTransaction = access.PrepareCommand(Sql, Parameters);
        _autocommit = access.PrepareCommand(Sql, Parameters);
        _delete = access.PrepareCommand("DELETE FROM Customers WHERE Id > $scale", "$scale");
    }

    /// <summary>Removes the inserted rows and checkpoints: the database is as built again, its WAL empty.</summary>
    public override void Reset()
    {
        _delete.Parameters[0].Value = _access.Scale;
        _delete.ExecuteNonQuery();
        _access.Checkpoint();
    }

    /// <summary>SQLitePCLRaw in one transaction; values formatted to UTF-8 on the stack.</summary>
    public int Raw()
    {
        _access.Raw.Execute("BEGIN IMMEDIATE");
        Span<byte> buffer = stackalloc byte[64];
        foreach (var c in Rows)
        {
            _raw.Bind(1, c.Id);
            c.ExternalId.TryFormat(buffer, out var length, "D");
            Ascii.ToUpperInPlace(buffer[..length], out _);
            _raw.BindUtf8(2, buffer[..length]);
            _raw.Bind(3, c.Email);
            _raw.Bind(4, c.Name);
            _raw.Bind(5, c.City);
            _raw.Bind(6, c.Country);
            _raw.Bind(7, c.Phone);
            c.CreatedAt.TryFormat(buffer, out length, SqliteValues.DateTimeFormat, CultureInfo.InvariantCulture);
            _raw.BindUtf8(8, buffer[..length]);
            _raw.Bind(9, c.LoyaltyPoints);
            _raw.Execute();
        }
        _access.Raw.Execute("COMMIT");
        return Rows.Length;
    }

    /// <summary>The prepared command, rebound per row, inside one transaction.</summary>
    public int AdoPreparedTransaction()
    {
        using var transaction = _access.Connection.BeginTransaction();
        _inTransaction.Transaction = transaction;
        var count = Insert(_inTransaction);
        transaction.Commit();
        return count;
    }

    /// <summary>The same prepared command with no transaction: SQLite commits (and syncs the WAL) after every row.</summary>
    public int AdoAutocommitPerRow() => Insert(_autocommit);

    public void Dispose()
    {
        _raw.Dispose();
        _inTransaction.Dispose();
        _autocommit.Dispose();
        _delete.Dispose();
    }

    private int Insert(SqliteCommand command)
    {
        var p = command.Parameters;
        foreach (var c in Rows)
        {
            p[0].Value = c.Id;
            p[1].Value = SqliteValues.Guid(c.ExternalId);
            p[2].Value = c.Email;
            p[3].Value = c.Name;
            p[4].Value = c.City;
            p[5].Value = c.Country;
            p[6].Value = SqliteValues.Text(c.Phone);
            p[7].Value = c.CreatedAt;
            p[8].Value = c.LoyaltyPoints;
            command.ExecuteNonQuery();
        }
        return Rows.Length;
    }
}
