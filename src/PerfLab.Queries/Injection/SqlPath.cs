namespace PerfLab.Queries.Injection;

/// <summary>How a search puts the user's value into its SQL.</summary>
public enum SqlPath
{
    /// <summary>Unsafe, for demonstration: the value pasted into the SQL text (a new statement per distinct value).</summary>
    Concatenated,

    /// <summary>Unsafe, for demonstration: pasted after doubling single quotes (the classic hand-rolled "escaping").</summary>
    ConcatenatedEscaped,

    /// <summary>ADO.NET with a parameter: the value is bound, never parsed as SQL.</summary>
    Parameterized,

    /// <summary>Dapper with a parameter object.</summary>
    Dapper,

    /// <summary>EF Core LINQ (EF parameterizes captured values).</summary>
    EfCore,
}
