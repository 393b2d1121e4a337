namespace PerfLab.Queries.Pagination;

/// <summary>
/// One page, as each technique asks for it: OFFSET needs the page's depth (<see cref="Offset"/> rows to skip),
/// keyset the key of the previous page's last row (<see cref="After"/>). Both name the same rows.
/// </summary>
public sealed record PageRequest(int Depth, PageKey After)
{
    public int Offset => OrderPages.OffsetOf(Depth);
}
