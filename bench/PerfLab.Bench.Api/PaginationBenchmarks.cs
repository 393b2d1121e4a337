using PerfLab.Queries;

namespace PerfLab.Bench.Api;

/// <summary>
/// A page of 50 orders from a million over HTTP/1.1, at a depth, following the links the server gives: cursor links
/// (the server seeks past the previous page's last key) against page-number links (the server skips every earlier row
/// with OFFSET). The server reads the queries suite's database with that suite's raw-SQL techniques
/// (<c>PaginationDepth</c> there measures the same statements without HTTP). Each row rotates over 16 consecutive pages
/// from the depth; the setup gathers the cursor links by following them from the page before.
/// </summary>
[BenchmarkCategory(Categories.Api.Pagination)]
// Fixed like every HTTP class (results-profile.md, "API suite: fixed invocation counts"): about 100 ms iterations at a
// cursor page's time, a few hundred ms for page-number links at depth 1,000.
[InvocationCount(200)]
public class PaginationBenchmarks : ApiBenchmark
{
    private const int Pages = 16;

    private KeyCycle<string> _links = null!;

    [Params(1, 1_000)]
    public int Depth { get; set; }

    [GlobalSetup(Target = nameof(Page_Cursor))]
    public async Task SetupCursor()
    {
        StartHttp(ordersScale: QueryLab.Scale);
        _links = new KeyCycle<string>(await CursorLinks(Client, Depth, Pages));
    }

    [GlobalSetup(Target = nameof(Page_Number))]
    public void SetupNumber()
    {
        StartHttp(ordersScale: QueryLab.Scale);
        _links = new KeyCycle<string>(NumberLinks(Depth, Pages));
    }

    [Benchmark(Baseline = true)]
    public Task<OrderPage> Page_Cursor() => Client.GetPageAsync(_links.Next());

    [Benchmark]
    public Task<OrderPage> Page_Number() => Client.GetPageAsync(_links.Next());

    /// <summary>The page-number links of pages <paramref name="depth"/> to <paramref name="depth"/> + <paramref name="pages"/> − 1.</summary>
    public static string[] NumberLinks(int depth, int pages) => Enumerable.Range(depth, pages).Select(ApiRoutes.PageNumber).ToArray();

    /// <summary>
    /// The cursor links of the same pages, as a reader following them gets them: the first from the last row of the page
    /// before (read by its number), each next one from the page it follows.
    /// </summary>
    public static async Task<string[]> CursorLinks(ApiClient client, int depth, int pages)
    {
        var links = new string[pages];
        links[0] = depth == 1
            ? ApiRoutes.PageAfter(PageCursor.Encode(PerfLab.Queries.Model.PageKey.Start))
            : ApiRoutes.PageAfter(PageCursor.Encode((await client.GetPageAsync(ApiRoutes.PageNumber(depth - 1))).Orders[^1].Key));
        for (var i = 1; i < pages; i++) links[i] = (await client.GetPageAsync(links[i - 1])).Next!;
        return links;
    }
}
