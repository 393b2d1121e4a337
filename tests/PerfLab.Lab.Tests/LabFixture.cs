namespace PerfLab.Lab.Tests;

/// <summary>perflab in process against this repository, with the fake bench, captured writers and a temporary artifacts folder.</summary>
internal sealed class LabFixture(string? repository = null) : IDisposable
{
    public static readonly string Repository = LabContext.FindRepository(AppContext.BaseDirectory)
                                               ?? throw new InvalidOperationException("tests run inside the PerfLab repository");

    /// <summary>The repository perflab works in: this one, or a scratch one (A/B tests make git worktrees of it).</summary>
    public string Root { get; } = repository ?? Repository;

    public FakeBench Bench { get; } = new();

    public StringWriter Output { get; private set; } = new();

    public StringWriter Error { get; private set; } = new();

    public string Artifacts { get; } = Path.Combine(Path.GetTempPath(), $"perflab-tests-{Guid.NewGuid():N}");

    public CancellationTokenSource Stop { get; } = new();

    public int Run(params string[] args)
    {
        Output = new StringWriter();
        Error = new StringWriter();
        var context = new LabContext(Root, Bench, Output, Error, TimeProvider.System, Stop.Token);
        return LabCli.RunAsync(args, context).GetAwaiter().GetResult();
    }

    public IReadOnlyList<RunManifest> Manifests() =>
        ManifestStore.FindAll(Artifacts).Select(ManifestStore.Load).OrderBy(m => m.Pass).ThenBy(m => m.Suite, StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        Stop.Dispose();
        if (Directory.Exists(Artifacts)) Directory.Delete(Artifacts, recursive: true);
        if (Directory.Exists(RunCommand.QuickReportFolder(Artifacts))) Directory.Delete(RunCommand.QuickReportFolder(Artifacts), recursive: true);
    }
}
