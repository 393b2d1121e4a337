namespace PerfLab.Tests.Shared;

/// <summary>Paths to the checked-in exports (copied beside the test assembly) and scratch folders.</summary>
internal static class Fixture
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Lab exports: categories, baselines, a Size parameter, metrics, two launches, one failed benchmark.</summary>
    public static string Lab => Path.Combine(Root, "lab");

    /// <summary>A stock BenchmarkDotNet export (JsonExporter.Full): no lab fields.</summary>
    public static string Stock => Path.Combine(Root, "stock");

    /// <summary>The same stock run's compressed export (JsonExporter.FullCompressed).</summary>
    public static string StockCompressed => Path.Combine(Root, "stock-compressed");

    /// <summary>Lab exports of the quick profile (Dry job): one iteration per case, undefined statistics written as "".</summary>
    public static string Quick => Path.Combine(Root, "quick");

    /// <summary>A lab export in which the only benchmark threw.</summary>
    public static string AllFailed => Path.Combine(Root, "all-failed");

    public static string File(string folder, string name) => Path.Combine(folder, name);
}
