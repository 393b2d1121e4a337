using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Data.Rows;
using PerfLab.Data.Sqlite;

namespace PerfLab.Data.Tests.Rows;

/// <summary>
/// The one customer and order-line mapping reads a built database back exactly as generated through every ADO.NET
/// row reader: the provider's conversions (<see cref="AdoRow"/>) and the lab's own TEXT parsing (<see cref="SqliteTextRow"/>,
/// which also keeps timestamps UTC). PostgreSQL's reader is proven by the data set's checksum (<see cref="PostgresCommerce"/>).
/// </summary>
public sealed class RowMapperTests
{
    private static readonly DatabaseSpec Small = new(CommerceSchema.Instance, Scale: 200);

    [Fact]
    public void Every_sqlite_row_reader_maps_the_generated_customers_and_order_lines()
    {
        using var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        using var connection = database.OpenConnection();
        var data = new CommerceDataGenerator(Small.Scale, Small.Seed);

        Assert.Equal(data.Customers(), Read(connection, $"SELECT {RowMapper.CustomerColumns} FROM Customers ORDER BY Id", r => RowMapper.Customer(new AdoRow(r))));
        var parsed = Read(connection, $"SELECT {RowMapper.CustomerColumns} FROM Customers ORDER BY Id", r => RowMapper.Customer(new SqliteTextRow(r)));
        Assert.Equal(data.Customers(), parsed);
        Assert.All(parsed, c => Assert.Equal(DateTimeKind.Utc, c.CreatedAt.Kind));
        Assert.Equal(data.OrderLines(), Read(connection, $"SELECT {RowMapper.OrderLineColumns} FROM OrderLines ORDER BY Id", r => RowMapper.OrderLine(new SqliteTextRow(r))));
    }

    [Fact]
    public void A_cursor_reads_every_row_then_stops()
    {
        using var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        using var connection = database.OpenConnection();
        using var command = connection.NewCommand("SELECT Id FROM Customers WHERE Id <= 3 ORDER BY Id");
        using var reader = command.ExecuteReader();
        var row = new AdoRow(reader);
        var ids = new List<long>();
        while (row.Read()) ids.Add(row.GetInt64(0));
        Assert.Equal([1L, 2L, 3L], ids);
    }

    [Fact]
    public void The_customers_table_is_defined_once_with_the_columns_the_mapper_reads()
    {
        var commerce = Assert.Single(PostgresCommerce.CreateStatements, s => s.StartsWith("CREATE TABLE \"Customers\"", StringComparison.Ordinal));
        Assert.Equal(PostgresCommerce.CreateCustomersTable("\"Customers\"", "bigint"), commerce);
        var columns = commerce.Split('\n').Skip(1).SkipLast(1).Select(line => line.Trim().Split(' ')[0].Trim('"'));
        Assert.Equal(CommerceTables.Customers.Columns, columns);
    }

    private static List<T> Read<T>(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map)
    {
        using var command = connection.NewCommand(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
