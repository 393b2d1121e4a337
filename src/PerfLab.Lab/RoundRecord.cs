namespace PerfLab.Lab;

/// <summary>
/// One round of one suite's run, as recorded in run.json: its seed, the order in which the round's units ran (suites, or
/// A/B sides), where its exports are (relative to the run folder) and how the bench program ended.
/// </summary>
public sealed record RoundRecord
{
    public required int Index { get; init; }

    public required int Seed { get; init; }

    public required IReadOnlyList<string> Order { get; init; }

    public required string Artifacts { get; init; }

    public RoundStatus Status { get; init; } = RoundStatus.Pending;

    public DateTimeOffset? StartedUtc { get; init; }

    public DateTimeOffset? FinishedUtc { get; init; }

    public int? ExitCode { get; init; }

    public static string FolderName(int index) => $"round-{index:00}";
}
