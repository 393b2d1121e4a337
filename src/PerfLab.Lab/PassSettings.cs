namespace PerfLab.Lab;

/// <summary>What one pass of a run measures, shared by the manifests of all its suites.</summary>
public sealed record PassSettings(string Profile, int Rounds, int RunSeed, IReadOnlyList<string> Suites, bool Reproducibility, IReadOnlyList<string> BenchmarkArgs, int Pass = 1,
    string? Placement = null)
{
    public static PassSettings Of(RunManifest manifest) =>
        new(manifest.Profile, manifest.Rounds, manifest.RunSeed, manifest.Suites, manifest.Reproducibility, manifest.BenchmarkArgs, manifest.Pass, manifest.Placement);
}
