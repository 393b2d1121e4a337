namespace PerfLab.Lab.Tests;

/// <summary>One bench round as the fake saw it, read back from its command line.</summary>
internal sealed record RoundCall(string Suite, string Tree, string RunId, int Round, int Rounds, int Seed, string Artifacts, string Profile, IReadOnlyList<string> Arguments)
{
    public static RoundCall Of(ProcessSpec spec)
    {
        var args = spec.Arguments;
        string Value(string option) => args[args.ToList().IndexOf(option) + 1];
        var project = Value("--project");
        var suite = Path.GetFileName(project)["PerfLab.Bench.".Length..].ToLowerInvariant();
        var benchmarkArgs = args.Skip(args.ToList().IndexOf("--") + 1).ToArray();
        return new RoundCall(suite, spec.WorkingDirectory, Value("--run"), int.Parse(Value("--round")), int.Parse(Value("--rounds")), int.Parse(Value("--seed")),
            Value("--artifacts"), Value("--profile"), benchmarkArgs);
    }
}
