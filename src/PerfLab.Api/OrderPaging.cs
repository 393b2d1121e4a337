using System.Buffers.Binary;
using System.Buffers.Text;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries;
using PerfLab.Queries.Model;
using PerfLab.Queries.Pagination;

namespace PerfLab.Api;

/// <summary>
/// A page of the order list as the server sends it: <see cref="OrderPages.PageSize"/> orders in (OrderedAt, Id) order and
/// the link to the next page in the style the request used (null after the last page).
/// </summary>
public sealed record OrderPage(List<OrderRow> Orders, string? Next);

/// <summary>
/// The pagination endpoints' data: the queries suite's database of a million orders (<see cref="QueryLab"/>, the
/// normalized variant) read by its own techniques, raw SQL through ADO.NET (<see cref="OrderPages"/>): a page number
/// becomes an OFFSET, a cursor a keyset seek. One connection, so requests are served one at a time (the comparison
/// makes one call at a time).
/// </summary>
public sealed class OrderPaging : IDisposable
{
    /// <summary>The deepest page number the server accepts: its OFFSET stays an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / OrderPages.PageSize;

    private readonly QueryLab _lab;
    private readonly OrderPages _pages;
    private readonly Lock _connection = new();

    private OrderPaging(QueryLab lab)
    {
        _lab = lab;
        _pages = new OrderPages(lab);
    }

    /// <summary>The copy of the normalized order list at <paramref name="filePath"/> (<paramref name="scale"/> customers), owned by the caller.</summary>
    public static OrderPaging Open(string filePath, int scale) => new(QueryLab.Attach(filePath, OrderListVariant.Normalized, scale));

    /// <summary>Page <paramref name="number"/> (1 = the first) by OFFSET; its next link is the next number.</summary>
    public OrderPage ByNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxPage);
        List<OrderRow> rows;
        lock (_connection) rows = _pages.OffsetAdo(new PageRequest(number, PageKey.Start));
        return new OrderPage(rows, IsLast(rows) ? null : ApiRoutes.PageNumber(number + 1));
    }

    /// <summary>The page after <paramref name="after"/> by keyset; its next link is the cursor of its last row.</summary>
    public OrderPage After(PageKey after)
    {
        List<OrderRow> rows;
        // The keyset technique reads only the key; the depth is OFFSET's.
        lock (_connection) rows = _pages.KeysetAdo(new PageRequest(1, after));
        return new OrderPage(rows, IsLast(rows) ? null : ApiRoutes.PageAfter(PageCursor.Encode(rows[^1].Key)));
    }

    public void Dispose() => _lab.Dispose();

    private static bool IsLast(List<OrderRow> rows) => rows.Count < OrderPages.PageSize;
}

/// <summary>
/// The cursor of a keyset link: the last row's sort key (<see cref="PageKey"/>, its timestamp's ticks and its id) as 16
/// bytes in base64url, opaque to clients, which only follow the links they are given.
/// </summary>
public static class PageCursor
{
    private const int Bytes = 16;

    public static string Encode(PageKey key)
    {
        Span<byte> bytes = stackalloc byte[Bytes];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, key.OrderedAt.Ticks);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], key.Id);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The key in <paramref name="cursor"/>; false for anything <see cref="Encode"/> cannot have written.</summary>
    public static bool TryDecode(string? cursor, out PageKey key)
    {
        key = default;
        Span<byte> bytes = stackalloc byte[Bytes];
        // IsValid first: the decoder throws on characters outside the alphabet.
        if (cursor is null || !Base64Url.IsValid(cursor.AsSpan(), out var length) || length != Bytes ||
            !Base64Url.TryDecodeFromChars(cursor, bytes, out _)) return false;
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        var id = BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]);
        if (ticks is < 0 || ticks > DateTime.MaxValue.Ticks || id < 0) return false;
        key = new PageKey(new DateTime(ticks, DateTimeKind.Utc), id);
        // Only the canonical spelling: two cursors for one key would be two URLs for one page.
        return Encode(key) == cursor;
    }
}
