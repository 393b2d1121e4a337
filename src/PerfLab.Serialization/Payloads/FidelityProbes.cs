namespace PerfLab.Serialization.Payloads;

/// <summary>
/// For each payload contract, one instance holding the values that serializers are known to change on the way
/// through: generated data is too regular to show them (all UTC, all two-decimal prices).
/// </summary>
public static class FidelityProbes
{
    /// <summary>Right-to-left scripts, an emoji with a skin-tone modifier, a character outside the BMP, JSON escapes.</summary>
    public const string HardText = "שלום עולם · مرحبا بالعالم · 👋🏽 · 𝄞 · \"quoted\" \\ back\\slash\ttab\nnewline · \u0000 nul";

    public static OrderLineDto OrderLine() => new()
    {
        Id = long.MaxValue,
        OrderId = long.MinValue,
        ProductId = 0,
        Quantity = int.MinValue,
        // Trailing zero: 1.10m == 1.1m, but its scale says "to the cent".
        UnitPrice = 1.10m,
        Discount = null,
    };

    public static OrderDto Order() => new()
    {
        Id = 1,
        Customer = Customer(DateTimeKind.Unspecified) with { Phone = null, Country = "" },
        // India's half-hour offset, and ticks below the millisecond.
        OrderedAt = new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.FromHours(5.5)).AddTicks(1_234_567),
        Status = OrderStatus.Cancelled,
        // A whole number written without a decimal point.
        Total = 5m,
        ShippedAt = new DateTime(2024, 4, 2, 18, 45, 10, DateTimeKind.Local).AddTicks(7),
        Notes = HardText,
        Lines =
        [
            OrderLine(),
            new() { Id = 2, OrderId = 1, ProductId = 2, Quantity = 1, UnitPrice = decimal.MaxValue, Discount = 0.30m },
            new() { Id = 3, OrderId = 1, ProductId = 3, Quantity = 2, UnitPrice = -0.0000000001m, Discount = 0m },
            new() { Id = 4, OrderId = 1, ProductId = 4, Quantity = 3, UnitPrice = 123.4500m, Discount = 0.000m },
        ],
    };

    public static CustomerPage CustomerPage() => new()
    {
        PageNumber = 0,
        PageSize = 0,
        Customers = [],
    };

    public static OrderLineFiguresBatch FiguresBatch() => new()
    {
        Lines =
        [
            new() { OrderId = long.MaxValue, ProductId = long.MinValue, UnitPrice = 0.1 + 0.2, Discount = 1f / 3f, Quantity = int.MaxValue },
            new() { OrderId = 0, ProductId = 0, UnitPrice = -0.0, Discount = -0f, Quantity = int.MinValue },
            new() { OrderId = 1, ProductId = 1, UnitPrice = double.MaxValue, Discount = float.Epsilon, Quantity = 0 },
            new() { OrderId = 2, ProductId = 2, UnitPrice = double.Epsilon, Discount = float.MaxValue, Quantity = 1 },
        ],
    };

    private static CustomerDto Customer(DateTimeKind kind) => new()
    {
        Id = 42,
        ExternalId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Email = "zoë.müller+تجربة@例え.jp",
        Name = "Zoë Müller-אברהם 李小龍 🧑🏿‍🚀",
        City = "القاهرة",
        Country = "EG",
        Phone = "+20 2 2345 6789",
        CreatedAt = new DateTime(2021, 12, 31, 23, 59, 59, kind).AddTicks(9_999_999 - 1),
        LoyaltyPoints = -1,
    };
}
