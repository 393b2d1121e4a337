namespace PerfLab.Orm.Model;

/// <summary>The three-column projection of a customer (a list screen's row): what the projection comparison reads.</summary>
public sealed record CustomerSummary(long Id, string Name, string Email)
{
    /// <summary>Id, Name and Email from ordinal 0.</summary>
    public static CustomerSummary Read<TRow>(TRow row) where TRow : struct, IRowReader => new(row.GetInt64(0), row.GetString(1), row.GetString(2));
}
