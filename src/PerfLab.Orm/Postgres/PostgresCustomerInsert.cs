using NpgsqlTypes;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerInsert"/> on PostgreSQL: the same 1,000 new customers (the generator's next ids, keys included),
/// each technique in one transaction. PostgreSQL's own: the INSERT prepared on the server, and two floors, binary COPY
/// and one <see cref="NpgsqlBatch"/> of 1,000 INSERTs (one round trip). <see cref="Reset"/> deletes them and vacuums the table, so every invocation
/// starts from the built table with no dead rows or index entries left behind. Commits wait for the WAL flush
/// (synchronous_commit on, fsync on: <see cref="Data.Servers.PostgresSettings"/>); SQLite's twin runs with
/// synchronous = NORMAL, which skips the fsync per commit: each technique here commits once, so the difference is one
/// flush per invocation, the same for every row of the comparison.
/// </summary>
/// <remarks>SQLite's autocommit-per-row trap has no row here: 1,000 WAL flushes per invocation would not fit the suite's time budget.</remarks>
public sealed class PostgresCustomerInsert : CustomerInsertTechniques, IDisposable
{
    private static readonly string[] Columns = [.. CommerceTables.Customers.Columns];

    /// <summary>Parameters named as the columns (Dapper binds the record's properties by those names).</summary>
    public static readonly string Sql = $"""INSERT INTO "Customers" ({PostgresColumns.Customers}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})""";

    private static readonly string CopySql = $"""COPY "Customers" ({PostgresColumns.Customers}) FROM STDIN (FORMAT BINARY)""";

    private readonly PostgresDataAccess _access;
    private readonly NpgsqlCommand _prepared;

    public PostgresCustomerInsert(PostgresDataAccess access) : base(access, Sql, access.Database.Seed)
    {
        _access = access;
        _prepared = new NpgsqlCommand(Sql, access.Connection);
        AddParameters(_prepared.Parameters);
        _prepared.Prepare();
    }

    /// <summary>Removes the inserted rows, then VACUUM: the table and its indexes hold no dead entries from the last run.</summary>
    public override void Reset()
    {
        using (var delete = _access.NewCommand("""DELETE FROM "Customers" WHERE "Id" > @scale""", ("scale", (long)_access.Scale)))
        {
            delete.ExecuteNonQuery();
        }
        _access.Execute("""VACUUM "Customers" """);
    }

    /// <summary>The prepared command, rebound per row, in one transaction: 1,000 round trips.</summary>
    public int AdoPreparedTransaction()
    {
        using var transaction = _access.Connection.BeginTransaction();
        foreach (var c in Rows)
        {
            Bind(_prepared.Parameters, c);
            _prepared.ExecuteNonQuery();
        }
        transaction.Commit();
        return Rows.Length;
    }

    /// <summary>Binary COPY (<see cref="NpgsqlConnection.BeginBinaryImport"/>): the rows streamed in PostgreSQL's wire format, one statement.</summary>
    public int NpgsqlBinaryCopy()
    {
        using var writer = _access.Connection.BeginBinaryImport(CopySql);
        foreach (var c in Rows)
        {
            writer.StartRow();
            writer.Write(c.Id, NpgsqlDbType.Bigint);
            PostgresCommerce.WriteCustomerColumns(writer, c);
        }
        return (int)writer.Complete();
    }

    /// <summary>One <see cref="NpgsqlBatch"/> of 1,000 INSERT commands in one transaction: one round trip, each statement still parsed by the server.</summary>
    public int NpgsqlBatch()
    {
        using var transaction = _access.Connection.BeginTransaction();
        using var batch = new NpgsqlBatch(_access.Connection, transaction);
        foreach (var c in Rows)
        {
            var command = new NpgsqlBatchCommand(Sql);
            AddParameters(command.Parameters);
            Bind(command.Parameters, c);
            batch.BatchCommands.Add(command);
        }
        var count = batch.ExecuteNonQuery();
        transaction.Commit();
        return count;
    }

    public void Dispose() => _prepared.Dispose();

    private static void AddParameters(NpgsqlParameterCollection p)
    {
        p.Add(new NpgsqlParameter(Columns[0], NpgsqlDbType.Bigint));
        p.Add(new NpgsqlParameter(Columns[1], NpgsqlDbType.Uuid));
        p.Add(new NpgsqlParameter(Columns[2], NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter(Columns[3], NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter(Columns[4], NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter(Columns[5], NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter(Columns[6], NpgsqlDbType.Text));
        p.Add(new NpgsqlParameter(Columns[7], NpgsqlDbType.TimestampTz));
        p.Add(new NpgsqlParameter(Columns[8], NpgsqlDbType.Integer));
    }

    private static void Bind(NpgsqlParameterCollection p, Customer c)
    {
        p[0].Value = c.Id;
        p[1].Value = c.ExternalId;
        p[2].Value = c.Email;
        p[3].Value = c.Name;
        p[4].Value = c.City;
        p[5].Value = c.Country;
        p[6].Value = (object?)c.Phone ?? DBNull.Value;
        p[7].Value = c.CreatedAt;
        p[8].Value = c.LoyaltyPoints;
    }
}
