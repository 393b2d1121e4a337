namespace PerfLab.Orm.Model;

/// <summary>
/// An order with its lines: the result of the parent-with-children comparison, built by every technique in it.
/// </summary>
/// <remarks>
/// It carries the <see cref="Order"/> columns itself (rather than wrapping an <see cref="Order"/>) because EF Core's
/// <c>Include</c> needs an entity type with a navigation, and the shared domain record has none. Every technique
/// materializes this same class, so the comparison stays object for object.
/// </remarks>
public sealed class OrderWithLines
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public DateTime OrderedAt { get; init; }
    public OrderStatus Status { get; init; }
    public decimal Total { get; init; }
    public DateTime? ShippedAt { get; init; }
    public string? Notes { get; init; }
    public List<OrderLine> Lines { get; init; } = [];

    /// <summary>An order's columns starting at ordinal 0, with an empty line list for the caller to fill.</summary>
    public static OrderWithLines Read<TRow>(TRow row) where TRow : struct, IRowReader => new()
    {
        Id = row.GetInt64(0),
        CustomerId = row.GetInt64(1),
        OrderedAt = row.GetDateTime(2),
        Status = (OrderStatus)row.GetInt32(3),
        Total = row.GetDecimal(4),
        ShippedAt = row.IsNull(5) ? null : row.GetDateTime(5),
        Notes = row.IsNull(6) ? null : row.GetString(6),
    };

    /// <summary>The order's own columns as the shared domain record (tests compare through it).</summary>
    public Order ToOrder() => new()
    {
        Id = Id, CustomerId = CustomerId, OrderedAt = OrderedAt, Status = Status, Total = Total, ShippedAt = ShippedAt, Notes = Notes,
    };
}
