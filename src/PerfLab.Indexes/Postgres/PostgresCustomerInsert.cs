using System.Globalization;

namespace PerfLab.Indexes.Postgres;

/// <summary>
/// The write-cost workload on PostgreSQL: the next generated customers appended to one insert table that first holds
/// the first <c>existingRows</c> customers. <see cref="Reset"/> (not timed) gives every measured insert the same
/// starting state: the table emptied (<c>TRUNCATE</c>, new files), the existing rows copied in again with the indexes
/// in place (so a random-key index has the page splits it would have grown with), then a <c>CHECKPOINT</c>.
/// <see cref="Insert"/> (timed) writes the new rows with one binary COPY in one transaction.
/// </summary>
/// <remarks>
/// What a commit costs here: the server runs with <c>synchronous_commit = on</c> and <c>fsync = on</c>
/// (<see cref="Data.Servers.PostgresSettings"/>), so COMMIT returns after the transaction's WAL is written and flushed
/// to disk, one fsync per insert. That WAL holds every heap and index change, and, because the reset ends with a
/// checkpoint, a full-page image of each existing page the insert touches for the first time: an index whose new keys
/// land all over it (a random UUID) writes many more of them than one whose keys arrive in order, a real cost of random
/// keys that every measurement pays alike (<see cref="MeasureWalBytes"/> reports it). Without the checkpoint, whether
/// those images were written would depend on when the server last checkpointed.
/// </remarks>
public sealed class PostgresCustomerInsert : IDisposable
{
    private static readonly string CopySql = $"""COPY "Customers" ({PostgresColumns.Customers}) FROM STDIN (FORMAT BINARY)""";

    private readonly NpgsqlConnection _connection;
    private readonly Customer[] _existing;
    private readonly Customer[] _new;
    private readonly object[] _existingKeys;
    private readonly object[] _newKeys;

    private PostgresCustomerInsert(string connectionString, PostgresInsertTable table, int existingRows, int newRows)
    {
        Table = table;
        _existing = CustomerInsert.NewCustomers(0, existingRows);
        _new = CustomerInsert.NewCustomers(existingRows, newRows);
        _existingKeys = table.KeysOf(_existing);
        _newKeys = table.KeysOf(_new);
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = table.Schema }.ConnectionString);
        _connection.Open();
    }

    public PostgresInsertTable Table { get; }

    public NpgsqlConnection Connection => _connection;

    /// <param name="connectionString">The suite's database (<see cref="PostgresIndexDatabase"/>).</param>
    public static PostgresCustomerInsert Start(string connectionString, PostgresInsertTable table, int existingRows, int newRows) =>
        new(connectionString, table, existingRows, newRows);

    /// <summary>Back to the starting state (see the class remarks); not part of a measurement.</summary>
    public void Reset()
    {
        Execute("""TRUNCATE "Customers" """);
        Copy(_existing, _existingKeys);
        Execute("CHECKPOINT");
    }

    /// <summary>Inserts the new customers in one transaction; returns the number written.</summary>
    public int Insert()
    {
        using var transaction = _connection.BeginTransaction();
        var written = Copy(_new, _newKeys);
        transaction.Commit();
        return written;
    }

    /// <summary>Bytes of WAL one insert from the starting state writes (the insert runs: call <see cref="Reset"/> after).</summary>
    public long MeasureWalBytes()
    {
        var before = Scalar<string>("SELECT pg_current_wal_insert_lsn()::text");
        Insert();
        return Scalar<long>($"SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '{before}')::bigint");
    }

    /// <summary>The table's heap and the total of its indexes, in bytes.</summary>
    public (long TableBytes, long IndexesBytes) MeasureSizes() =>
        (Scalar<long>("""SELECT pg_relation_size('"Customers"')"""), Scalar<long>("""SELECT pg_indexes_size('"Customers"')"""));

    public void Dispose() => _connection.Dispose();

    private int Copy(Customer[] rows, object[] keys)
    {
        using var importer = _connection.BeginBinaryImport(CopySql);
        for (var i = 0; i < rows.Length; i++)
        {
            var c = rows[i];
            importer.StartRow();
            importer.Write(keys[i], Table.KeyType);
            PostgresCommerce.WriteCustomerColumns(importer, c);
        }
        return checked((int)importer.Complete());
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
