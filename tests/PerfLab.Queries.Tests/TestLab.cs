using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.QueryVariants;

namespace PerfLab.Queries.Tests;

/// <summary>Small private databases for the tests, built fresh (no template shared with benchmarks or other tests).</summary>
internal static class TestLab
{
    /// <summary>500 customers, 2,000 orders: 40 pages of 50; built in milliseconds.</summary>
    public const int Scale = 500;

    public static QueryLab Open(OrderListVariant variant, int scale = Scale) => QueryLab.Open(variant, scale, DatabaseReuse.Fresh);
}
