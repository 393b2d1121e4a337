using System.Globalization;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// How the lab stores .NET values in SQLite: the same text forms EF Core's SQLite provider writes, so rows built here
/// read back identically through raw ADO.NET, Dapper and EF Core.
/// </summary>
public static class SqliteValues
{
    /// <summary>EF Core's SQLite format for <see cref="DateTime"/> (sortable text).</summary>
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    /// <summary>EF Core's SQLite format for <see cref="decimal"/>: TEXT keeps money exact, where REAL would not.</summary>
    public const string DecimalFormat = "0.0###########################";

    public static string Timestamp(DateTime value) => value.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static object Timestamp(DateTime? value) => value is { } v ? Timestamp(v) : DBNull.Value;

    public static string Money(decimal value) => value.ToString(DecimalFormat, CultureInfo.InvariantCulture);

    public static object Money(decimal? value) => value is { } v ? Money(v) : DBNull.Value;

    /// <summary>Upper-case text, as EF Core stores a <see cref="System.Guid"/> (Microsoft.Data.Sqlite would bind a BLOB).</summary>
    public static string Guid(Guid value) => value.ToString("D").ToUpperInvariant();

    public static object Text(string? value) => value ?? (object)DBNull.Value;

    /// <summary>Reads a timestamp written by <see cref="Timestamp(DateTime)"/>; SQLite keeps no kind, the lab's data is UTC.</summary>
    public static DateTime ParseTimestamp(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static decimal ParseMoney(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>
    /// Money as whole cents in an INTEGER column: what the queries suite stores, so SUM, HAVING and ORDER BY on it are
    /// exact integer arithmetic in SQLite itself (TEXT decimals would be summed as floating point). The generator's
    /// amounts are whole cents, so nothing is rounded away.
    /// </summary>
    public static long Cents(decimal value) =>
        decimal.Round(value * 100m) is var cents && cents == value * 100m
            ? (long)cents
            : throw new ArgumentException($"{value} is not a whole number of cents.", nameof(value));
}
