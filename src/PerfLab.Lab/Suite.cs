namespace PerfLab.Lab;

/// <summary>A suite: its public name (results/&lt;name&gt;.md, --suite) and its runnable BenchmarkDotNet project, relative to the repository root.</summary>
public sealed record Suite(string Name, string Project);
