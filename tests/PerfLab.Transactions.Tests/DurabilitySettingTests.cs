using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.IndexVariants;
using PerfLab.Transactions.Durability;

namespace PerfLab.Transactions.Tests;

public sealed class DurabilitySettingTests
{
    [Fact]
    public void There_are_six_settings_each_with_its_own_power_loss_promise_and_all_safe_against_a_process_crash()
    {
        Assert.Equal(6, DurabilitySetting.All.Count);
        // OFF is unprotected in both journal modes; every other setting promises something of its own.
        Assert.Equal(5, DurabilitySetting.All.Select(s => s.PowerLoss).Distinct().Count());
        Assert.All(DurabilitySetting.All, s => Assert.True(s.SurvivesProcessCrash));
        Assert.All(DurabilitySetting.All, s => Assert.StartsWith("process crash: commits survive; power loss: ", s.Promise, StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_line_form_round_trips()
    {
        Assert.All(DurabilitySetting.All, s => Assert.Equal(s, DurabilitySetting.Parse(s.ToString())));
        Assert.Equal(new DurabilitySetting(JournalMode.Wal, SynchronousLevel.Full), DurabilitySetting.Parse("wal-full"));
        Assert.Throws<FormatException>(() => DurabilitySetting.Parse("wal-extra"));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Apply_sets_the_journal_mode_and_synchronous_level(string setting)
    {
        var expected = DurabilitySetting.Parse(setting);
        using var database = LabDatabase.Create(new DatabaseSpec(CustomerTableVariant.RowidPrimaryKey, 1));
        using var connection = database.OpenConnection();

        expected.Apply(connection);

        var read = SqliteSettings.Read(connection);
        Assert.Equal(expected.JournalModeName.ToLowerInvariant(), read.JournalMode);
        Assert.Equal(expected.SynchronousName, read.Synchronous);
    }

    public static TheoryData<string> Settings() => [.. DurabilitySetting.All.Select(s => s.ToString())];
}
