using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;
using PerfLab.Orm.Model;
using PerfLab.Transactions.Atomicity;

namespace PerfLab.Transactions.Tests;

/// <summary>
/// A transaction that fails halfway leaves nothing behind: the order row and the lines written before the failure are
/// rolled back, through raw ADO.NET, Dapper and EF Core's SaveChanges alike.
/// </summary>
public sealed class AtomicityTests : IDisposable
{
    private const int Scale = 100;

    private readonly LabDatabase _database = LabDatabase.Create(new DatabaseSpec(CommerceSchema.Instance, Scale));
    private readonly SqliteConnection _connection;

    public AtomicityTests() => _connection = _database.OpenConnection();

    public enum Layer { Ado, Dapper, EfCore }

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }

    [Theory]
    [InlineData(Layer.Ado)]
    [InlineData(Layer.Dapper)]
    [InlineData(Layer.EfCore)]
    public void A_complete_order_is_written_with_every_line(Layer layer)
    {
        var order = NewOrder(failingLastLine: false);

        Place(layer, order);

        Assert.Equal(1, Count($"SELECT COUNT(*) FROM Orders WHERE Id = {order.Id}"));
        Assert.Equal(order.Lines.Count, Count($"SELECT COUNT(*) FROM OrderLines WHERE OrderId = {order.Id}"));
    }

    /// <summary>The last line reuses an existing line's id: the database rejects it after the order and the other lines were written.</summary>
    [Theory]
    [InlineData(Layer.Ado)]
    [InlineData(Layer.Dapper)]
    [InlineData(Layer.EfCore)]
    public void An_order_whose_last_line_fails_leaves_nothing_behind(Layer layer)
    {
        var order = NewOrder(failingLastLine: true);
        var (orders, lines) = (Count("SELECT COUNT(*) FROM Orders"), Count("SELECT COUNT(*) FROM OrderLines"));

        var error = Record.Exception(() => Place(layer, order));

        Assert.True(error is SqliteException or DbUpdateException { InnerException: SqliteException }, $"unexpected {error}");
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM Orders WHERE Id = {order.Id}"));
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM OrderLines WHERE OrderId = {order.Id}"));
        Assert.Equal((orders, lines), (Count("SELECT COUNT(*) FROM Orders"), Count("SELECT COUNT(*) FROM OrderLines")));
        AssertNoTransactionLeftOpen();
    }

    /// <summary>The application itself throws after the order row (a failed payment call, a bug): the row goes with the transaction.</summary>
    [Theory]
    [InlineData(Layer.Ado)]
    [InlineData(Layer.Dapper)]
    public void An_order_abandoned_by_an_exception_after_its_first_row_leaves_nothing_behind(Layer layer)
    {
        var order = NewOrder(failingLastLine: false);
        void Fail() => throw new InvalidOperationException("payment declined");

        var error = Record.Exception(() =>
        {
            if (layer == Layer.Ado) OrderPlacement.PlaceWithAdo(_connection, order, Fail);
            else OrderPlacement.PlaceWithDapper(_connection, order, Fail);
        });

        Assert.IsType<InvalidOperationException>(error);
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM Orders WHERE Id = {order.Id}"));
        AssertNoTransactionLeftOpen();
    }

    private void Place(Layer layer, OrderWithLines order)
    {
        switch (layer)
        {
            case Layer.Ado:
                OrderPlacement.PlaceWithAdo(_connection, order);
                break;
            case Layer.Dapper:
                OrderPlacement.PlaceWithDapper(_connection, order);
                break;
            case Layer.EfCore:
                using (var context = new CommerceDbContext(CommerceDbContext.CreateOptions(_connection)))
                {
                    OrderPlacement.PlaceWithEfCore(context, order);
                }
                break;
        }
    }

    /// <summary>A generated order under the next free id, its lines renumbered after the last line; optionally the last one colliding with line 1.</summary>
    private OrderWithLines NewOrder(bool failingLastLine)
    {
        var (template, templateLines) = new CommerceDataGenerator(Scale).OrdersWithLines().First(o => o.Lines.Count >= 3);
        var id = Count("SELECT MAX(Id) FROM Orders") + 1;
        var lineId = Count("SELECT MAX(Id) FROM OrderLines");
        var lines = templateLines.Select((l, i) => l with { Id = lineId + 1 + i, OrderId = id }).ToList();
        if (failingLastLine) lines[^1] = lines[^1] with { Id = 1 };
        return new OrderWithLines
        {
            Id = id, CustomerId = template.CustomerId, OrderedAt = template.OrderedAt, Status = template.Status,
            Total = template.Total, ShippedAt = template.ShippedAt, Notes = template.Notes, Lines = lines,
        };
    }

    private long Count(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Autocommit is back on: the failed transaction was rolled back, not left open on the connection.</summary>
    private void AssertNoTransactionLeftOpen() => Assert.NotEqual(0, SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle));
}
