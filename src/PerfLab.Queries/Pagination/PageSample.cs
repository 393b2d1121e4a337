namespace PerfLab.Queries.Pagination;

/// <summary>
/// The pages a benchmark at a depth rotates over: <see cref="PagesPerDepth"/> consecutive pages starting at the
/// depth, so no two consecutive calls read the same rows, with each page's keyset read from the database once
/// (one OFFSET query at setup, outside the timed region).
/// </summary>
/// <remarks>
/// At depth 10,000 the rotation moves the offset by at most 0.15%; at depth 1 it means "the first 16 pages"
/// (on average 375 rows skipped), which is what a reader of the first pages costs.
/// </remarks>
public static class PageSample
{
    public const int PagesPerDepth = 16;

    public static PageRequest[] At(QueryLab lab, int depth, int pages = PagesPerDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        // The last row of the page before each page of the window (the window's first page may be the very first).
        var firstBoundary = OrderPages.OffsetOf(depth) - 1;
        using var command = lab.NewCommand("SELECT OrderedAt, Id FROM Orders ORDER BY OrderedAt, Id LIMIT $limit OFFSET $offset",
            ("$limit", pages * OrderPages.PageSize), ("$offset", Math.Max(0, firstBoundary)));
        using var reader = command.ExecuteReader();
        var keys = new List<PageKey>();
        while (reader.Read()) keys.Add(new PageKey(SqliteValues.ParseTimestamp(reader.GetString(0)), reader.GetInt64(1)));

        var requests = new PageRequest[pages];
        for (var i = 0; i < pages; i++)
        {
            var boundary = firstBoundary + i * OrderPages.PageSize;
            requests[i] = new PageRequest(depth + i, boundary < 0 ? PageKey.Start : keys[boundary - Math.Max(0, firstBoundary)]);
        }
        return requests;
    }
}
