namespace PerfLab.Queries.Injection;

/// <summary>
/// The allow-list for a user-chosen sort column. An identifier cannot be a parameter, so the user's text is only a key
/// into this table: the SQL gets the fixed column name the table holds, and anything not in it is rejected before any
/// SQL is built.
/// </summary>
public static class SortColumns
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "Id",
        ["email"] = "Email",
        ["name"] = "Name",
        ["city"] = "City",
    };

    public static IReadOnlyCollection<string> Names => Allowed.Keys;

    /// <summary>The column to sort by, or false when <paramref name="requested"/> is not an allowed name.</summary>
    public static bool TryResolve(string requested, out string column)
    {
        ArgumentNullException.ThrowIfNull(requested);
        return Allowed.TryGetValue(requested, out column!);
    }
}
