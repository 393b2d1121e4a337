namespace PerfLab.Lab;

/// <summary>
/// A validated <c>perflab run</c>: what to run (a new run, the manifests of the one being resumed, or with
/// <see cref="Reproduces"/> the reproducibility run of the published runs) and where.
/// </summary>
public sealed record RunRequest(
    IReadOnlyList<Suite> Suites,
    PassSettings Settings,
    string Artifacts,
    string Results,
    bool NoBuild,
    bool NoReport,
    string Commit,
    IReadOnlyList<(string Path, RunManifest Manifest)> Resumed,
    IReadOnlyList<PublishedRun>? Reproduces = null);
