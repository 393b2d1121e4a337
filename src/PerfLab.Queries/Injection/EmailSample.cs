namespace PerfLab.Queries.Injection;

/// <summary>Emails of randomly chosen customers (fixed seed), read by primary key at setup: the lookups' rotating keys.</summary>
public static class EmailSample
{
    public const int Count = 4096;

    public static string[] Read(QueryLab lab, int count = Count)
    {
        var ids = KeyCycle.ShuffledIds(lab.CustomerCount);
        using var command = lab.Prepare("SELECT Email FROM Customers WHERE Id = $id", "$id");
        return Enumerable.Range(0, Math.Min(count, lab.CustomerCount)).Select(_ =>
        {
            command.Parameters[0].Value = ids.Next();
            return (string)command.ExecuteScalar()!;
        }).ToArray();
    }
}
