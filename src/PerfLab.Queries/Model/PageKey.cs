namespace PerfLab.Queries.Model;

/// <summary>
/// A position in the order list's sort, (<c>OrderedAt</c>, <c>Id</c>): the timestamp alone has ties, the id breaks
/// them, so the pair is unique and every row has exactly one place. A keyset page starts after the key of the last
/// row the reader saw.
/// </summary>
public readonly record struct PageKey(DateTime OrderedAt, long Id) : IComparable<PageKey>
{
    /// <summary>Before every row (ids start at 1): the first page's key, so the first page runs the same statement as every other.</summary>
    public static readonly PageKey Start = new(DateTime.MinValue, 0);

    public int CompareTo(PageKey other) => OrderedAt != other.OrderedAt ? OrderedAt.CompareTo(other.OrderedAt) : Id.CompareTo(other.Id);
}
