namespace PerfLab.Lab;

/// <summary>A validated <c>perflab ab</c>.</summary>
public sealed record AbRequest(
    string BaseRef,
    string BaseCommit,
    IReadOnlyList<Suite> Suites,
    PassSettings Settings,
    string Artifacts,
    bool NoBuild,
    bool Confirm,
    ComparePolicy Policy);
