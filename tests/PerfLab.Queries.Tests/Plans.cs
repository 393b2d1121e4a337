namespace PerfLab.Queries.Tests;

/// <summary>Plan assertions that print the whole plan SQLite chose when it is not the expected one.</summary>
internal static class Plans
{
    public static void AssertPlan(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        Assert.True(expected.SequenceEqual(actual), $"expected plan: {string.Join(" / ", expected)}\nactual plan:   {string.Join(" / ", actual)}");
}
