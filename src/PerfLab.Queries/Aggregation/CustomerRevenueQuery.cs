using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Queries.Aggregation;

/// <summary>
/// Revenue per customer over a segment of customers (a range of <see cref="CustomersPerSegment"/> ids, about
/// 40,000 orders): the <see cref="Top"/> customers whose revenue reaches <see cref="MinimumRevenueCents"/>, highest
/// first (ties by id). Computed by the database (GROUP BY … HAVING … ORDER BY … LIMIT, written by hand or translated
/// by EF Core from LINQ), or by loading the segment's orders and grouping them in LINQ to Objects: the accidental
/// client evaluation of an ORM, non-idiomatic on purpose. All three return the same rows (tested).
/// </summary>
public sealed class CustomerRevenueQuery(QueryLab lab)
{
    public const int CustomersPerSegment = 10_000;
    public const int Top = 10;

    /// <summary>About three times an average customer's four orders, so HAVING keeps a minority of the segment.</summary>
    public const long MinimumRevenueCents = 2_000_000;

    public const string Sql = """
        SELECT CustomerId, SUM(TotalCents) AS RevenueCents, COUNT(*) AS Orders
        FROM Orders
        WHERE CustomerId BETWEEN $from AND $to
        GROUP BY CustomerId
        HAVING SUM(TotalCents) >= $minimum
        ORDER BY RevenueCents DESC, CustomerId
        LIMIT $top
        """;

    /// <summary>The segments of a database of <paramref name="customers"/> customers, shuffled.</summary>
    public static KeyCycle<Segment> Segments(int customers, int perSegment = CustomersPerSegment) =>
        KeyCycle.Shuffled(Enumerable.Range(0, Math.Max(1, customers / perSegment))
            .Select(i => new Segment(i * (long)perSegment + 1, Math.Min(customers, (i + 1) * (long)perSegment))));

    public List<CustomerRevenue> DatabaseSql(Segment segment)
    {
        using var command = lab.NewCommand(Sql, ("$from", segment.From), ("$to", segment.To), ("$minimum", MinimumRevenueCents), ("$top", Top));
        using var reader = command.ExecuteReader();
        var rows = new List<CustomerRevenue>(Top);
        while (reader.Read()) rows.Add(new CustomerRevenue { CustomerId = reader.GetInt64(0), RevenueCents = reader.GetInt64(1), Orders = reader.GetInt32(2) });
        return rows;
    }

    /// <summary>LINQ that EF Core translates to the same GROUP BY … HAVING … ORDER BY … LIMIT (the plan test reads its SQL).</summary>
    public List<CustomerRevenue> EfGroupBy(Segment segment)
    {
        using var context = lab.RentContext();
        return EfQuery(context, segment).ToList();
    }

    /// <summary>
    /// Non-idiomatic (the mistake measured): the segment's order entities loaded without tracking, then grouped,
    /// filtered, sorted and cut in memory. Every order crosses from SQLite into .NET objects to produce ten rows.
    /// </summary>
    public List<CustomerRevenue> EfClientSide(Segment segment)
    {
        using var context = lab.RentContext();
        var orders = context.Orders.AsNoTracking().Where(o => o.CustomerId >= segment.From && o.CustomerId <= segment.To).ToList();
        return orders
            .GroupBy(o => o.CustomerId)
            .Select(g => new CustomerRevenue { CustomerId = g.Key, RevenueCents = g.Sum(o => o.TotalCents), Orders = g.Count() })
            .Where(r => r.RevenueCents >= MinimumRevenueCents)
            .OrderByDescending(r => r.RevenueCents).ThenBy(r => r.CustomerId)
            .Take(Top)
            .ToList();
    }

    public static IQueryable<CustomerRevenue> EfQuery(QueriesDbContext context, Segment segment) =>
        context.Orders
            .Where(o => o.CustomerId >= segment.From && o.CustomerId <= segment.To)
            .GroupBy(o => o.CustomerId)
            .Select(g => new CustomerRevenue { CustomerId = g.Key, RevenueCents = g.Sum(o => o.TotalCents), Orders = g.Count() })
            .Where(r => r.RevenueCents >= MinimumRevenueCents)
            .OrderByDescending(r => r.RevenueCents).ThenBy(r => r.CustomerId)
            .Take(Top);

    /// <summary>
    /// Rows that cross from the database into the application per call, by technique: the result rows when the
    /// database aggregates, every order of the segment when the client does (the <c>RowsTransferred</c> metric).
    /// </summary>
    public long RowsTransferred(string technique, Segment segment) => technique switch
    {
        nameof(EfClientSide) => lab.Scalar("SELECT count(*) FROM Orders WHERE CustomerId BETWEEN $from AND $to", ("$from", segment.From), ("$to", segment.To)),
        nameof(DatabaseSql) or nameof(EfGroupBy) => DatabaseSql(segment).Count,
        _ => throw new ArgumentException($"No such technique: {technique}", nameof(technique)),
    };
}
