using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Fidelity;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Serialization.Tests;

/// <summary>The comparer is the judge of every round-trip test: it must see what record equality does not.</summary>
public sealed class FidelityComparerTests
{
    private static readonly OrderDto Order = FidelityProbes.Order();

    [Fact]
    public void EqualGraphs_HaveNoIssues() => Assert.Empty(FidelityComparer.Compare(Order, FidelityProbes.Order()));

    [Fact]
    public void DecimalScale_IsAnIssueThoughTheValuesAreEqual()
    {
        var changed = Order with { Total = 5.0m };

        Assert.Equal(Order, changed with { Lines = Order.Lines }); // record equality does not see it
        Assert.Equal([("$.Total", FidelityAspects.DecimalScale)], Issues(Order, changed));
    }

    [Fact]
    public void DateTimeKind_IsAnIssue()
    {
        var changed = Order with { ShippedAt = DateTime.SpecifyKind(Order.ShippedAt!.Value, DateTimeKind.Utc) };

        Assert.Equal([("$.ShippedAt", FidelityAspects.DateTimeKind)], Issues(Order, changed));
    }

    [Fact]
    public void DateTimeOffset_OffsetOfTheSameInstant_IsAnIssue()
    {
        var changed = Order with { OrderedAt = Order.OrderedAt.ToUniversalTime() };

        Assert.Equal([("$.OrderedAt", FidelityAspects.DateTimeOffsetOffset)], Issues(Order, changed));
    }

    [Fact]
    public void NestedValues_NullsAndCollections_AreReportedWithTheirPath()
    {
        var changed = Order with
        {
            Customer = Order.Customer with { Phone = "x", Name = Order.Customer.Name + "!" },
            Notes = null,
            Lines = [.. Order.Lines.Take(3), Order.Lines[3] with { Quantity = 4 }],
        };

        Assert.Equal(
            [("$.Customer.Name", FidelityAspects.Value), ("$.Customer.Phone", FidelityAspects.Null), ("$.Notes", FidelityAspects.Null), ("$.Lines[3].Quantity", FidelityAspects.Value)],
            Issues(Order, changed));
        Assert.Equal([("$.Lines", FidelityAspects.Count)], Issues(Order, Order with { Lines = [] }));
    }

    [Fact]
    public void EmptyCollectionBecomingNull_IsItsOwnIssue()
    {
        var page = FidelityProbes.CustomerPage();

        Assert.Equal([("$.Customers", FidelityAspects.EmptyCollectionToNull)], Issues(page, page with { Customers = null! }));
    }

    [Fact]
    public void NegativeZero_IsAnIssue_AndStructsInArraysAreCompared()
    {
        var batch = FidelityProbes.FiguresBatch();
        var lines = batch.Lines.ToArray();
        lines[1] = lines[1] with { UnitPrice = 0.0 };
        lines[2] = lines[2] with { Quantity = 7 };

        Assert.Equal([("$.Lines[1].UnitPrice", FidelityAspects.NegativeZero), ("$.Lines[2].Quantity", FidelityAspects.Value)],
            Issues(batch, batch with { Lines = lines }));
    }

    [Fact]
    public void Describe_NamesTheDistinctAspects()
    {
        Assert.Equal("exact", FidelityComparer.Describe([]));
        Assert.Equal("lossy: DateTime kind, decimal scale", FidelityComparer.Describe(
        [
            new("$.A", FidelityAspects.DateTimeKind, "", ""), new("$.B", FidelityAspects.DateTimeKind, "", ""), new("$.C", FidelityAspects.DecimalScale, "", ""),
        ]));
    }

    private static (string, string)[] Issues<T>(T expected, T actual) =>
        FidelityComparer.Compare(expected, actual).Select(i => (i.Path, i.Aspect)).ToArray();
}
