using PerfLab.Data.Generation;

namespace PerfLab.Serialization.Payloads;

/// <summary>The four payloads, all from the shared fixed-seed generator, mapped to contracts once per call.</summary>
public static class SerializationPayloads
{
    /// <summary>About what an order page or detail view puts in one document.</summary>
    public const int MediumLineCount = 20;

    /// <summary>A page of a table export: big enough that per-object overhead disappears into per-byte cost.</summary>
    public const int LargeCustomerCount = 10_000;

    /// <summary>Enough numbers that the binary formats' per-value cost dominates.</summary>
    public const int NumericLineCount = 100_000;

    /// <summary>One order line: the per-call overhead of each serializer.</summary>
    public static PayloadKind<OrderLineDto> Small { get; } = new("small", CreateSmall, FidelityProbes.OrderLine);

    /// <summary>One order with <see cref="MediumLineCount"/> lines and its customer nested.</summary>
    public static PayloadKind<OrderDto> Medium { get; } = new("medium", CreateMedium, FidelityProbes.Order);

    /// <summary><see cref="LargeCustomerCount"/> customers: string heavy (names, emails, cities with accents).</summary>
    public static PayloadKind<CustomerPage> Large { get; } = new("large", CreateLarge, FidelityProbes.CustomerPage);

    /// <summary><see cref="NumericLineCount"/> small structs of numbers.</summary>
    public static PayloadKind<OrderLineFiguresBatch> Numeric { get; } = new("numeric", CreateNumeric, FidelityProbes.FiguresBatch);

    public static IReadOnlyList<IPayloadKind> All { get; } = [Small, Medium, Large, Numeric];

    /// <summary>Large enough for every payload: <see cref="LargeCustomerCount"/> customers and ~160,000 order lines.</summary>
    private static CommerceDataGenerator Generator() => new(LargeCustomerCount);

    private static OrderLineDto CreateSmall() => Generator().OrderLines().First().ToDto();

    /// <summary>
    /// The dataset's first order and customer. Orders have at most seven lines, so the document takes the dataset's
    /// first <see cref="MediumLineCount"/> lines as its own (re-parented, total recomputed): real values, the size asked for.
    /// </summary>
    private static OrderDto CreateMedium()
    {
        var generator = Generator();
        var order = generator.Orders().First();
        var customer = generator.Customers().First(c => c.Id == order.CustomerId);
        return order.ToDto(customer, generator.OrderLines().Take(MediumLineCount).ToArray());
    }

    private static CustomerPage CreateLarge() => new()
    {
        PageNumber = 1,
        PageSize = LargeCustomerCount,
        Customers = Generator().Customers().Take(LargeCustomerCount).Select(c => c.ToDto()).ToList(),
    };

    private static OrderLineFiguresBatch CreateNumeric()
    {
        var lines = Generator().OrderLines().Take(NumericLineCount).Select(l => l.ToFigures()).ToArray();
        if (lines.Length != NumericLineCount) throw new InvalidOperationException($"the generator made only {lines.Length} order lines");
        return new OrderLineFiguresBatch { Lines = lines };
    }
}
