using Microsoft.Data.Sqlite;
using PerfLab.Data.Sqlite.QueryVariants;

namespace PerfLab.Queries.Denormalization;

/// <summary>
/// The order list screen over one <see cref="OrderListVariant"/>: a keyset page of <see cref="PageSize"/> orders in
/// (<c>OrderedAt</c>, <c>Id</c>) order with each customer's name and city, and the two writes that change what it
/// shows (a customer renamed, an order placed). The read joins, reads the copied columns or reads the summary table,
/// as the variant stores them; every variant returns the same rows after the same writes (tested after each write).
/// Statements are prepared once and only bound per call, as an application's hot path would keep them.
/// </summary>
public sealed class OrderList : IDisposable
{
    public const int PageSize = 50;

    private const string Page = "LIMIT $limit";

    public const string JoinSql = $"""
        SELECT o.Id, o.OrderedAt, o.Status, o.TotalCents, o.CustomerId, c.Name, c.City
        FROM Orders o JOIN Customers c ON c.Id = o.CustomerId
        WHERE (o.OrderedAt, o.Id) > ($at, $id) ORDER BY o.OrderedAt, o.Id {Page}
        """;

    public const string CopiedColumnsSql = $"""
        SELECT Id, OrderedAt, Status, TotalCents, CustomerId, CustomerName, CustomerCity
        FROM Orders
        WHERE (OrderedAt, Id) > ($at, $id) ORDER BY OrderedAt, Id {Page}
        """;

    public const string SummaryTableSql = $"""
        SELECT OrderId, OrderedAt, Status, TotalCents, CustomerId, CustomerName, CustomerCity
        FROM OrderListings
        WHERE (OrderedAt, OrderId) > ($at, $id) ORDER BY OrderedAt, OrderId {Page}
        """;

    /// <summary>The rename: the customer row is the fact; the copies (where the variant keeps them) follow in the same transaction.</summary>
    public const string RenameSql = "UPDATE Customers SET Name = $name WHERE Id = $id";

    /// <summary>The application's upkeep of the copied columns, in the rename's transaction.</summary>
    public const string RenameCopiesSql = "UPDATE Orders SET CustomerName = $name WHERE CustomerId = $id";

    public const string InsertSql =
        "INSERT INTO Orders (Id, CustomerId, OrderedAt, Status, TotalCents) VALUES ($id, $customerId, $at, $status, $cents)";

    /// <summary>The insert copies the customer's columns as it writes the order: one statement, reading the customer row.</summary>
    public const string InsertCopyingSql = """
        INSERT INTO Orders (Id, CustomerId, OrderedAt, Status, TotalCents, CustomerName, CustomerCity)
        SELECT $id, $customerId, $at, $status, $cents, Name, City FROM Customers WHERE Id = $customerId
        """;

    private readonly QueryLab _lab;
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _rename;
    private readonly SqliteCommand? _renameCopies;
    private readonly SqliteCommand _insert;

    public OrderList(QueryLab lab)
    {
        _lab = lab;
        Storage = lab.Variant.Storage;
        _read = lab.Prepare(ReadSql(Storage), "$at", "$id", "$limit");
        _read.Parameters[2].Value = PageSize;
        _rename = lab.Prepare(RenameSql, "$name", "$id");
        _renameCopies = Storage == OrderListStorage.CopiedColumns ? lab.Prepare(RenameCopiesSql, "$name", "$id") : null;
        _insert = lab.Prepare(Storage == OrderListStorage.CopiedColumns ? InsertCopyingSql : InsertSql, "$id", "$customerId", "$at", "$status", "$cents");
    }

    public OrderListStorage Storage { get; }

    public static string ReadSql(OrderListStorage storage) => storage switch
    {
        OrderListStorage.Join => JoinSql,
        OrderListStorage.CopiedColumns => CopiedColumnsSql,
        OrderListStorage.SummaryTable => SummaryTableSql,
        _ => throw new ArgumentOutOfRangeException(nameof(storage)),
    };

    /// <summary>The page after <paramref name="after"/>.</summary>
    public List<OrderListing> Read(PageKey after)
    {
        _read.Parameters[0].Value = SqliteValues.Timestamp(after.OrderedAt);
        _read.Parameters[1].Value = after.Id;
        using var reader = _read.ExecuteReader();
        var rows = new List<OrderListing>(PageSize);
        while (reader.Read()) rows.Add(OrderListing.Read(reader));
        return rows;
    }

    /// <summary>Renames a customer, with whatever upkeep the storage needs, atomically; returns the order rows rewritten.</summary>
    public int Rename(long customerId, string name)
    {
        if (_renameCopies is null)
        {
            // One statement (the summary table's trigger runs inside it): autocommit is already atomic.
            Bind(_rename, name, customerId);
            _rename.ExecuteNonQuery();
            return 0;
        }
        using var transaction = _lab.Connection.BeginTransaction();
        _rename.Transaction = transaction;
        _renameCopies.Transaction = transaction;
        Bind(_rename, name, customerId);
        _rename.ExecuteNonQuery();
        Bind(_renameCopies, name, customerId);
        var copies = _renameCopies.ExecuteNonQuery();
        transaction.Commit();
        _rename.Transaction = null;
        _renameCopies.Transaction = null;
        return copies;
    }

    /// <summary>Places an order (one statement; the copy, where the storage keeps one, is made inside it).</summary>
    public int Insert(OrderRow order)
    {
        _insert.Parameters[0].Value = order.Id;
        _insert.Parameters[1].Value = order.CustomerId;
        _insert.Parameters[2].Value = SqliteValues.Timestamp(order.OrderedAt);
        _insert.Parameters[3].Value = (int)order.Status;
        _insert.Parameters[4].Value = order.TotalCents;
        return _insert.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _read.Dispose();
        _rename.Dispose();
        _renameCopies?.Dispose();
        _insert.Dispose();
    }

    private static void Bind(SqliteCommand command, string name, long id)
    {
        command.Parameters[0].Value = name;
        command.Parameters[1].Value = id;
    }
}
