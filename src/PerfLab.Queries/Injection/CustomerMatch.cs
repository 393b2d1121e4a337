using Microsoft.Data.Sqlite;

namespace PerfLab.Queries.Injection;

/// <summary>What a customer search returns: narrow, so every path reads the same four columns.</summary>
public sealed record CustomerMatch
{
    public const string Columns = "Id, Email, Name, City";

    public long Id { get; init; }
    public required string Email { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }

    public static CustomerMatch Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        // Text through GetValue: an injected UNION may bring other types; the search must still report what it read.
        Email = Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) ?? "",
        Name = Convert.ToString(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) ?? "",
        City = Convert.ToString(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
