using System.Globalization;
using PerfLab.Data.Domain;

namespace PerfLab.Bench.Indexes;

/// <summary>
/// SQLite's side of an insert case: a fresh private copy of a <see cref="ExistingRows"/>-row table of the case's
/// variant before every iteration, with no WAL checkpoint in the timed region (see <see cref="CustomerInsert"/>).
/// </summary>
public sealed class SqliteInsertCase : IIndexInsertCase
{
    /// <summary>Rows already in the table: ~14 MB, several B-tree levels and far larger than SQLite's 2 MB page cache, so new
    /// rows land among existing ones. One size only: the comparison is between indexes, and each case copies the file
    /// once per iteration.</summary>
    public const int ExistingRows = 100_000;

    private CustomerTableVariant _variant = null!;
    private Customer[] _rows = null!;
    private CustomerInsert? _insert;

    /// <summary>Inserts into tables of <paramref name="variant"/>.</summary>
    public void Use(CustomerTableVariant variant)
    {
        _variant = variant;
        _rows = CustomerInsert.NewCustomers(ExistingRows, IndexInsertComparison.NewRows);
    }

    public void BeforeIteration() => _insert = CustomerInsert.Start(_variant, ExistingRows);

    public void AfterIteration()
    {
        _insert?.Dispose();
        _insert = null;
    }

    public int Insert() => _insert!.Insert(_rows);

    /// <summary>
    /// File size before and after one insert (random keys split pages and grow the file more), and the settings the
    /// insert runs under (journal mode, synchronous level, auto-checkpoint off, page cache), the same for every variant.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metrics()
    {
        using var insert = CustomerInsert.Start(_variant, ExistingRows);
        var settings = insert.Settings.ToString();
        var before = insert.MeasureFileSize();
        insert.Insert(_rows);
        return new Dictionary<string, string>
        {
            ["FileBytes"] = before.ToString(CultureInfo.InvariantCulture),
            ["FileBytesAfterInsert"] = insert.MeasureFileSize().ToString(CultureInfo.InvariantCulture),
            [SqliteSettings.MetricName] = settings,
        };
    }

    public void Close() => AfterIteration();
}
