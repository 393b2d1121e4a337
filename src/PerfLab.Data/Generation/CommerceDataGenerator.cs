using System.Security.Cryptography;
using System.Text;

namespace PerfLab.Data.Generation;

/// <summary>
/// The one source of input data for every suite: a deterministic commerce dataset from a seed and a scale.
/// </summary>
/// <remarks>
/// <para>Scale is the number of customers; the other tables follow it (<see cref="ProductCount"/>,
/// <see cref="OrderCount"/>, and 1-7 lines per order, about four on average).</para>
/// <para>Each table is streamed from its own <see cref="Random"/> so a suite that needs only customers at a million rows
/// never generates orders. Seeded <see cref="Random"/> keeps the legacy algorithm whose sequence is stable across
/// .NET versions, which is what makes <see cref="ComputeChecksum"/> comparable between machines.</para>
/// </remarks>
public sealed class CommerceDataGenerator
{
    /// <summary>The seed every suite uses unless a test asks for another.</summary>
    public const int DefaultSeed = 20261125;

    public const int OrdersPerCustomer = 4;
    public const int MaxLinesPerOrder = 7;

    /// <summary>Fixed epoch: data never depends on the clock.</summary>
    public static readonly DateTime Epoch = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private enum Stream { Customers = 1, Products = 2, Orders = 3 }

    private Product[]? _products;

    public CommerceDataGenerator(int scale, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        Scale = scale;
        Seed = seed;
    }

    public int Scale { get; }
    public int Seed { get; }
    public int CustomerCount => Scale;
    public int ProductCount => Math.Max(50, Scale / 10);
    public int OrderCount => Scale * OrdersPerCustomer;

    public IEnumerable<Customer> Customers()
    {
        var random = CreateRandom(Stream.Customers);
        for (long id = 1; id <= CustomerCount; id++)
        {
            var first = Pick(random, Names.First);
            var last = Pick(random, Names.Last);
            var (city, country) = Pick(random, Names.Cities);
            yield return new Customer
            {
                Id = id,
                ExternalId = NextGuid(random),
                // The id suffix makes the natural key unique; the name prefix makes its order unrelated to id order.
                Email = $"{Ascii(first)}.{Ascii(last)}{id}@{Pick(random, Names.MailDomains)}",
                Name = $"{first} {last}",
                City = city,
                Country = country,
                Phone = random.Next(3) == 0 ? null : $"+{random.Next(1, 99)} {random.Next(100, 999)} {random.Next(1000000, 9999999)}",
                CreatedAt = Epoch.AddSeconds(-random.Next(0, 3 * 365 * 24 * 3600)),
                LoyaltyPoints = random.Next(0, 10_000),
            };
        }
    }

    public IReadOnlyList<Product> Products() => _products ??= GenerateProducts().ToArray();

    /// <summary>Orders in id order, each with its lines (line ids ascending across the whole table).</summary>
    public IEnumerable<(Order Order, IReadOnlyList<OrderLine> Lines)> OrdersWithLines()
    {
        var products = Products();
        var random = CreateRandom(Stream.Orders);
        long lineId = 0;
        for (long id = 1; id <= OrderCount; id++)
        {
            var lineCount = random.Next(1, MaxLinesPerOrder + 1);
            var lines = new OrderLine[lineCount];
            for (var i = 0; i < lineCount; i++)
            {
                var product = products[random.Next(products.Count)];
                var quantity = random.Next(1, 6);
                decimal? discount = random.Next(4) == 0 ? random.Next(1, 31) / 100m : null;
                lines[i] = new OrderLine
                {
                    Id = ++lineId,
                    OrderId = id,
                    ProductId = product.Id,
                    Quantity = quantity,
                    UnitPrice = product.Price,
                    Discount = discount,
                };
            }

            var orderedAt = Epoch.AddSeconds(random.Next(0, 2 * 365 * 24 * 3600));
            var status = (OrderStatus)random.Next(0, 5);
            yield return (new Order
            {
                Id = id,
                CustomerId = random.Next(1, CustomerCount + 1),
                OrderedAt = orderedAt,
                Status = status,
                Total = Order.TotalOf(lines),
                ShippedAt = status is OrderStatus.Shipped or OrderStatus.Delivered ? orderedAt.AddHours(random.Next(2, 96)) : null,
                Notes = random.Next(5) == 0 ? Pick(random, Names.OrderNotes) : null,
            }, lines);
        }
    }

    public IEnumerable<Order> Orders() => OrdersWithLines().Select(o => o.Order);

    public IEnumerable<OrderLine> OrderLines() => OrdersWithLines().SelectMany(o => o.Lines);

    /// <summary>SHA-256 over every row of every table in a canonical text form: equal checksums mean equal data.</summary>
    public string ComputeChecksum() => Checksum(Customers(), Products(), OrdersWithLines());

    /// <summary>
    /// The checksum of rows from anywhere (a database they were loaded into, read back in id order), in the same
    /// canonical form as <see cref="ComputeChecksum"/>: each order followed by its lines.
    /// </summary>
    public static string Checksum(IEnumerable<Customer> customers, IEnumerable<Product> products, IEnumerable<(Order Order, IReadOnlyList<OrderLine> Lines)> orders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(object row) => hash.AppendData(Encoding.UTF8.GetBytes(row + "\n"));
        // Records print every property with invariant formatting (InvariantGlobalization is on for the lab).
        foreach (var customer in customers) Add(customer);
        foreach (var product in products) Add(product);
        foreach (var (order, lines) in orders)
        {
            Add(order);
            foreach (var line in lines) Add(line);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private IEnumerable<Product> GenerateProducts()
    {
        var random = CreateRandom(Stream.Products);
        for (long id = 1; id <= ProductCount; id++)
        {
            var category = Pick(random, Names.Categories);
            yield return new Product
            {
                Id = id,
                Sku = $"{category[..3].ToUpperInvariant()}-{id:D6}",
                Name = $"{Pick(random, Names.Adjectives)} {category} {Pick(random, Names.Nouns)}",
                Category = category,
                // Whole cents between 0.99 and 499.99.
                Price = random.Next(99, 50_000) / 100m,
                Description = random.Next(4) == 0 ? null : $"{Pick(random, Names.Adjectives)} and {Pick(random, Names.Adjectives).ToLowerInvariant()}: {Pick(random, Names.OrderNotes)}",
                Discontinued = random.Next(20) == 0,
            };
        }
    }

    private Random CreateRandom(Stream stream) => new(unchecked(Seed * 7919 + (int)stream));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    /// <summary>Email local parts stay ASCII; display names keep their accents.</summary>
    private static string Ascii(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.Length > 0 ? builder.ToString() : "user";
    }
}
