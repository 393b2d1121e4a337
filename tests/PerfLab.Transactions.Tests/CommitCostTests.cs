using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PerfLab.Bench.Transactions;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;
using PerfLab.Transactions.CommitCost;
using PerfLab.Transactions.Durability;
using static SQLitePCL.raw;

namespace PerfLab.Transactions.Tests;

/// <summary>
/// Every commit-cost case inserts a prefix of the same 10,000 generated customers, in the commits its batch size
/// says, under the setting its parameters name; the benchmarks divide by the rows they really insert.
/// </summary>
public sealed class CommitCostTests
{
    [Fact]
    public void The_rows_are_the_generators_next_10000_customers()
    {
        var expected = new CommerceDataGenerator(CommitCostInsert.ExistingRows + CommitBatching.TotalRows).Customers().Skip(CommitCostInsert.ExistingRows).ToArray();

        Assert.Equal(CommitBatching.TotalRows, CommitCostInsert.Rows.Count);
        Assert.Equal(expected, CommitCostInsert.Rows);
        Assert.Equal(CommitCostInsert.ExistingRows + 1, CommitCostInsert.Rows[0].Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1_000)]
    public void A_case_inserts_the_first_rows_of_the_same_set_in_the_commits_its_batch_size_says(int rowsPerTransaction)
    {
        var rowCount = CommitBatching.RowsPerCall(rowsPerTransaction);
        using var insert = CommitCostInsert.Start(new DurabilitySetting(JournalMode.Wal, SynchronousLevel.Off));
        var commits = 0;
        sqlite3_commit_hook(insert.Connection.Handle, _ => { commits++; return 0; }, null);

        var written = insert.Insert(rowCount, rowsPerTransaction);

        sqlite3_commit_hook(insert.Connection.Handle, null, null);
        Assert.Equal(rowCount, written);
        Assert.Equal(CommitBatching.CommitsPerCall(rowsPerTransaction), commits);
        Assert.Equal(CommitCostInsert.Rows.Take(rowCount), ReadInserted(insert.Connection));
    }

    [Fact]
    public void Every_method_divides_by_the_rows_it_inserts_and_only_the_smallest_batches_are_scaled_down()
    {
        foreach (var method in BenchmarkMethods())
        {
            var rowsPerTransaction = CommitCostBenchmarks.RowsPerTransactionOf(method.Name);
            Assert.Equal(CommitBatching.RowsPerCall(rowsPerTransaction), method.GetCustomAttribute<BenchmarkAttribute>()!.OperationsPerInvoke);
        }
        Assert.Equal(new[] { 1, 10, 100, 1_000 }, BenchmarkMethods().Select(m => CommitCostBenchmarks.RowsPerTransactionOf(m.Name)).Order());
        Assert.Equal(CommitBatching.TotalRows, CommitBatching.RowsPerCall(100));
        Assert.Equal(CommitBatching.TotalRows, CommitBatching.RowsPerCall(1_000));
        Assert.Equal(100, CommitBatching.CommitsPerCall(1));
        Assert.Equal(100, CommitBatching.CommitsPerCall(10));
    }

    public static TheoryData<JournalMode, SynchronousLevel> Settings()
    {
        var data = new TheoryData<JournalMode, SynchronousLevel>();
        foreach (var setting in DurabilitySetting.All) data.Add(setting.JournalMode, setting.Synchronous);
        return data;
    }

    /// <summary>The metrics name the setting the parameters ask for, as SQLite reports it, and the promise that goes with it.</summary>
    [Theory]
    [MemberData(nameof(Settings))]
    public void Each_parameter_group_runs_under_its_own_setting(JournalMode journalMode, SynchronousLevel synchronous)
    {
        var benchmark = new CommitCostBenchmarks { JournalMode = journalMode, Synchronous = synchronous };
        var setting = new DurabilitySetting(journalMode, synchronous);

        var metrics = BenchmarkMethods().Select(m => benchmark.GetLabMetrics(m.Name)).ToArray();

        Assert.All(metrics, m =>
        {
            Assert.StartsWith($"journal_mode={setting.JournalModeName.ToLowerInvariant()}, synchronous={setting.SynchronousName}, ", m[SqliteSettings.MetricName], StringComparison.Ordinal);
            Assert.Equal(setting.Promise, m["Durability"]);
        });
        Assert.Single(metrics.Select(m => m[SqliteSettings.MetricName]).Distinct());
    }

    private static IEnumerable<MethodInfo> BenchmarkMethods() =>
        typeof(CommitCostBenchmarks).GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);

    private static List<Customer> ReadInserted(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id, ExternalId, Email, Name, City, Country, Phone, CreatedAt, LoyaltyPoints FROM Customers WHERE Id > {CommitCostInsert.ExistingRows} ORDER BY Id";
        using var reader = command.ExecuteReader();
        var rows = new List<Customer>();
        while (reader.Read())
        {
            rows.Add(new Customer
            {
                Id = reader.GetInt64(0),
                ExternalId = Guid.Parse(reader.GetString(1)),
                Email = reader.GetString(2),
                Name = reader.GetString(3),
                City = reader.GetString(4),
                Country = reader.GetString(5),
                Phone = reader.IsDBNull(6) ? null : reader.GetString(6),
                CreatedAt = SqliteValues.ParseTimestamp(reader.GetString(7)),
                LoyaltyPoints = reader.GetInt32(8),
            });
        }
        return rows;
    }
}
