namespace PerfLab.Serialization.Fidelity;

/// <summary>One way a round trip changed a value: where, what kind of change, and the values before and after.</summary>
public sealed record FidelityIssue(string Path, string Aspect, string Expected, string Actual)
{
    public override string ToString() => $"{Path}: {Aspect} ({Expected} -> {Actual})";
}

/// <summary>The kinds of change <see cref="FidelityComparer"/> tells apart; reports and tests name losses with these.</summary>
public static class FidelityAspects
{
    public const string Value = "value";
    public const string NegativeZero = "negative zero became zero";
    public const string Null = "null";
    public const string EmptyCollectionToNull = "empty collection became null";
    public const string Count = "collection count";
    public const string DecimalScale = "decimal scale";
    public const string DateTimeKind = "DateTime kind";
    public const string DateTimeOffsetOffset = "DateTimeOffset offset";
}
