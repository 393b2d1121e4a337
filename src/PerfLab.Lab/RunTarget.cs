namespace PerfLab.Lab;

/// <summary>What a pass runs for one suite: from which tree and commit, into which artifacts folder, as which A/B side (null in a plain run).</summary>
public sealed record RunTarget(Suite Suite, string Tree, string Commit, string Artifacts, string? Side)
{
    public string Label => Side is null ? Suite.Name : $"{Suite.Name} {Side}";
}
