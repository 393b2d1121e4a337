using NpgsqlTypes;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="LoyaltyUpdate"/> on PostgreSQL: the bonus on customers <c>1..Last</c> as one prepared UPDATE, EF Core's
/// <c>ExecuteUpdate</c> or load-modify-save (the EF techniques both engines share). <see cref="Reset"/> writes the original points
/// back and vacuums, so every invocation updates the same values on a table without the last run's dead row versions.
/// Commits wait for the WAL flush (synchronous_commit on, fsync on; see <see cref="PostgresCustomerInsert"/> on SQLite's NORMAL).
/// </summary>
public sealed class PostgresLoyaltyUpdate : LoyaltyUpdateTechniques, IDisposable
{
    public static readonly string Sql = """UPDATE "Customers" SET "LoyaltyPoints" = "LoyaltyPoints" + @bonus WHERE "Id" >= @first AND "Id" <= @last""";

    private readonly PostgresDataAccess _access;
    private readonly NpgsqlCommand _update;
    private readonly long[] _ids;
    private readonly int[] _points;

    public PostgresLoyaltyUpdate(PostgresDataAccess access) : base(access)
    {
        _access = access;
        _update = access.PrepareCommand(Sql, ("bonus", Bonus), ("first", First), ("last", Last));
        using var read = access.NewCommand("""SELECT "Id", "LoyaltyPoints" FROM "Customers" WHERE "Id" >= @first AND "Id" <= @last ORDER BY "Id" """,
            ("first", First), ("last", Last));
        using var reader = read.ExecuteReader();
        var (ids, points) = (new List<long>(), new List<int>());
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
            points.Add(reader.GetInt32(1));
        }
        (_ids, _points) = (ids.ToArray(), points.ToArray());
    }

    /// <summary>Restores every updated row's original points (one statement over arrays), then VACUUM removes the old row versions.</summary>
    public override void Reset()
    {
        using (var restore = new NpgsqlCommand(
            """UPDATE "Customers" c SET "LoyaltyPoints" = o.points FROM unnest(@ids, @points) AS o(id, points) WHERE c."Id" = o.id""", _access.Connection))
        {
            restore.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = _ids });
            restore.Parameters.Add(new NpgsqlParameter("points", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = _points });
            restore.ExecuteNonQuery();
        }
        _access.Execute("""VACUUM "Customers" """);
    }

    /// <summary>One prepared set-based UPDATE (its own implicit transaction).</summary>
    public int AdoSql()
    {
        _update.Parameters[0].Value = Bonus;
        _update.Parameters[1].Value = First;
        _update.Parameters[2].Value = Last;
        return _update.ExecuteNonQuery();
    }

    public void Dispose() => _update.Dispose();
}
