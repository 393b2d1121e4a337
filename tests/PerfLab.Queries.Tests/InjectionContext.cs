namespace PerfLab.Queries.Tests;

/// <summary>Where a payload is aimed: the kind of SQL position the searches put user input in.</summary>
public enum InjectionContext
{
    /// <summary>Inside a quoted string literal (by email).</summary>
    Text,

    /// <summary>A bare number (by id): no quotes to break out of.</summary>
    Numeric,

    /// <summary>Inside a LIKE pattern (name contains).</summary>
    Like,

    /// <summary>Stored safely as a customer's city, then reused by a query that concatenates it.</summary>
    SecondOrder,

    /// <summary>An identifier: the user-chosen ORDER BY column.</summary>
    OrderBy,
}
