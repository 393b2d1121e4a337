namespace PerfLab.Compare;

/// <summary>A comparison to make (<see cref="CompareCommand.Run"/>): compare's options, parsed and checked.</summary>
/// <param name="Base">Export file or folder of the reference run(s).</param>
/// <param name="Diff">Export file or folder of the run(s) under test.</param>
/// <param name="Filters">Globs over the benchmarks' full names; empty: every benchmark.</param>
/// <param name="FailOnRegression">compare exits with <see cref="ExitCodes.Failure"/> when it finds a regression.</param>
/// <param name="Markdown">Where the markdown goes; null: standard output.</param>
/// <param name="Json">Where the machine-readable comparison goes; null: nowhere.</param>
public sealed record CompareRequest(
    string Base,
    string Diff,
    ComparePolicy Policy,
    IReadOnlyList<string> Filters,
    bool FailOnRegression,
    string? Markdown,
    string? Json);
