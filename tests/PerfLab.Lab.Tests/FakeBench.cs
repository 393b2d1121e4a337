namespace PerfLab.Lab.Tests;

/// <summary>
/// Stands in for dotnet: builds succeed, and a bench round prints a few BenchmarkDotNet lines and writes a (content-free)
/// full JSON export where --artifacts points, unless <see cref="Outcome"/> says otherwise. Records every call.
/// </summary>
internal sealed class FakeBench : IProcessRunner
{
    private readonly List<ProcessSpec> calls = [];

    /// <summary>Per round call: null = succeed; a number = exit with it and write no export; throws to simulate Ctrl-C.</summary>
    public Func<RoundCall, int?> Outcome { get; set; } = _ => null;

    /// <summary>What a round's export holds: empty unless a test needs one the report can read (a real export's text).</summary>
    public string Export { get; set; } = "{}";

    /// <summary>The environment of every round call, in order.</summary>
    public IEnumerable<IReadOnlyDictionary<string, string>> RoundEnvironments => calls.Where(c => c.Arguments[0] == "run").Select(c => c.Environment);

    public IReadOnlyList<ProcessSpec> Calls => calls;

    public IEnumerable<RoundCall> Rounds => calls.Where(c => c.Arguments[0] == "run").Select(RoundCall.Of);

    public IEnumerable<ProcessSpec> Builds => calls.Where(c => c.Arguments[0] == "build");

    public Task<int> RunAsync(ProcessSpec spec, Action<string> output, Action<string> error, CancellationToken cancellation)
    {
        calls.Add(spec);
        if (spec.Arguments[0] != "run") return Task.FromResult(0);

        var call = RoundCall.Of(spec);
        if (Outcome(call) is { } code) return Task.FromResult(code);
        foreach (var line in BenchmarkDotNetSample.Lines) output(line);
        var results = Path.Combine(call.Artifacts, "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, $"{call.Suite}-report-full.json"), Export);
        return Task.FromResult(0);
    }
}
