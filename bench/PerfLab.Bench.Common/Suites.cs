namespace PerfLab.Bench.Common;

/// <summary>The suite names used everywhere: run-benchmarks.ps1 -Suite, result file names, report pages.</summary>
public static class Suites
{
    public const string Orm = "orm";
    public const string Indexes = "indexes";
    public const string Serialization = "serialization";
    public const string Caching = "caching";
}
