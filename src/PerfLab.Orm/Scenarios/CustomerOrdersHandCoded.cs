using System.Data.Common;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The parent-with-children comparison's hand-coded ADO.NET, written once for both engines over <typeparamref name="TAdo"/>:
/// a new command per query, the join folded into parents or the N+1 pattern. Kept out of
/// <see cref="CustomerOrdersTechniques"/> so EF Core's LINQ there stays in a non-generic class.
/// </summary>
public abstract class CustomerOrdersHandCoded<TAdo, TCommand, TRow> : CustomerOrdersTechniques
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    /// <summary>The first order-line column of the join's rows (after the order's seven).</summary>
    private const int FirstLineOrdinal = 7;

    private readonly TAdo _ado;
    private readonly string _joinSql;
    private readonly string _ordersSql;
    private readonly string _linesOfOrderSql;
    private readonly string _customerId;
    private readonly string _orderId;

    /// <param name="linesOfOrderSql">One order's lines, with an <c>orderId</c> parameter (the N+1 pattern's query).</param>
    protected CustomerOrdersHandCoded(IOrmAccess access, TAdo ado, string joinSql, string ordersSql, string linesOfOrderSql, string linesOfCustomerSql)
        : base(access, joinSql, ordersSql, linesOfCustomerSql)
    {
        _ado = ado;
        (_joinSql, _ordersSql, _linesOfOrderSql) = (joinSql, ordersSql, linesOfOrderSql);
        (_customerId, _orderId) = (ado.Parameter("customerId"), ado.Parameter("orderId"));
    }

    /// <summary>One join; a new parent starts whenever the order id changes.</summary>
    public List<OrderWithLines> AdoJoinNewCommand(long customerId)
    {
        using var row = _ado.Query(_joinSql, (_customerId, customerId));
        return FoldJoin(row);
    }

    /// <summary>The N+1 pattern: the orders, then one query per order for its lines.</summary>
    public List<OrderWithLines> AdoNPlusOneNewCommand(long customerId)
    {
        var orders = new List<OrderWithLines>();
        using (var row = _ado.Query(_ordersSql, (_customerId, customerId))) AddOrders(row, orders);
        foreach (var order in orders)
        {
            using var row = _ado.Query(_linesOfOrderSql, (_orderId, order.Id));
            AddLines(row, order.Lines);
        }
        return orders;
    }

    /// <summary>The hand-written join's reading: a new parent starts whenever the order id changes.</summary>
    private static List<OrderWithLines> FoldJoin(TRow row)
    {
        var orders = new List<OrderWithLines>();
        OrderWithLines? current = null;
        while (row.Read())
        {
            if (current is null || current.Id != row.GetInt64(0))
            {
                current = OrderWithLines.Read(row);
                orders.Add(current);
            }
            if (!row.IsNull(FirstLineOrdinal)) current.Lines.Add(RowMapper.OrderLine(row, FirstLineOrdinal));
        }
        return orders;
    }

    /// <summary>Every row as an order (its lines still empty), added to <paramref name="orders"/>.</summary>
    private static void AddOrders(TRow row, List<OrderWithLines> orders)
    {
        while (row.Read()) orders.Add(OrderWithLines.Read(row));
    }

    /// <summary>Every row as an order line, added to <paramref name="lines"/>.</summary>
    private static void AddLines(TRow row, List<OrderLine> lines)
    {
        while (row.Read()) lines.Add(RowMapper.OrderLine(row));
    }
}
