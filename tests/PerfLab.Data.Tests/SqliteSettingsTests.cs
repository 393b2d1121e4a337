using Microsoft.Data.Sqlite;
using PerfLab.Data.Sqlite;

namespace PerfLab.Data.Tests;

public sealed class SqliteSettingsTests
{
    [Fact]
    public void Reads_the_connections_settings_and_names_their_units()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        Assert.Equal("journal_mode=memory, synchronous=FULL, wal_autocheckpoint=1000 pages, cache_size=2000 KiB",
            SqliteSettings.Read(connection).ToString());

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous = OFF; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = 500";
            command.ExecuteNonQuery();
        }
        var changed = SqliteSettings.Read(connection);

        Assert.Equal(new SqliteSettings("memory", "OFF", 0, 500), changed);
        Assert.Equal("journal_mode=memory, synchronous=OFF, wal_autocheckpoint=off, cache_size=500 pages", changed.ToString());
    }
}
