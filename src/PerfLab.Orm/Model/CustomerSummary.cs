namespace PerfLab.Orm.Model;

/// <summary>The three-column projection of a customer (a list screen's row): what the projection comparison reads.</summary>
public sealed record CustomerSummary(long Id, string Name, string Email);
