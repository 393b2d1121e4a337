namespace PerfLab.Data.Sqlite.QueryVariants;

/// <summary>Where an order list's customer name and city are read from.</summary>
public enum OrderListStorage
{
    /// <summary>Joined from <c>Customers</c> at read time.</summary>
    Join,

    /// <summary>Copied into each order row by the application.</summary>
    CopiedColumns,

    /// <summary>A summary table maintained by triggers.</summary>
    SummaryTable,
}
