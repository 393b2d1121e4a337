namespace PerfLab.Serialization.Payloads;

/// <summary>Domain records to wire contracts. Runs once per payload, in setup, never inside a measurement.</summary>
public static class ContractMapping
{
    public static OrderLineDto ToDto(this OrderLine line) => new()
    {
        Id = line.Id,
        OrderId = line.OrderId,
        ProductId = line.ProductId,
        Quantity = line.Quantity,
        UnitPrice = line.UnitPrice,
        Discount = line.Discount,
    };

    public static CustomerDto ToDto(this Customer customer) => new()
    {
        Id = customer.Id,
        ExternalId = customer.ExternalId,
        Email = customer.Email,
        Name = customer.Name,
        City = customer.City,
        Country = customer.Country,
        Phone = customer.Phone,
        CreatedAt = customer.CreatedAt,
        LoyaltyPoints = customer.LoyaltyPoints,
    };

    /// <summary>The order with its customer nested and the given lines; the total is the lines' sum, to the cent.</summary>
    public static OrderDto ToDto(this Order order, Customer customer, IReadOnlyList<OrderLine> lines)
    {
        var dtos = lines.Select(l => l.ToDto() with { OrderId = order.Id }).ToList();
        return new OrderDto
        {
            Id = order.Id,
            Customer = customer.ToDto(),
            // The generator's instants are UTC: the offset is zero here; the fidelity probe covers other offsets.
            OrderedAt = new DateTimeOffset(order.OrderedAt),
            Status = order.Status,
            Total = Order.TotalOf(lines),
            ShippedAt = order.ShippedAt,
            Notes = order.Notes,
            Lines = dtos,
        };
    }

    public static OrderLineFigures ToFigures(this OrderLine line) => new()
    {
        OrderId = line.OrderId,
        ProductId = line.ProductId,
        UnitPrice = (double)line.UnitPrice,
        Discount = (float)(line.Discount ?? 0),
        Quantity = line.Quantity,
    };
}
