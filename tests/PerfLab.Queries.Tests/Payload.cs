namespace PerfLab.Queries.Tests;

/// <summary>One attack string, the family it belongs to and the position it is written for (every path gets every payload in every position).</summary>
public sealed record Payload(string Family, InjectionContext AimedAt, string Text)
{
    public override string ToString() => $"{Family}: {Text}";
}
