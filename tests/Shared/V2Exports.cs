using System.Globalization;
using System.Text.Json.Nodes;

namespace PerfLab.Tests.Shared;

/// <summary>
/// Converts the checked-in (pre-rounds) lab exports into the schema-2 layout a results run writes (the
/// export: src/PerfLab.Reporting/README.md, "Loader API"; the folders: src/PerfLab.Lab/README.md, "Layout and run.json"),
/// instead of hand-editing numbers: the lab's data moves under <c>"PerfLab"</c> (top level and per benchmark),
/// BenchmarkDotNet's own <c>Metrics</c> list is restored, and each round's measured iterations are the fixture's,
/// multiplied by a per-case, per-round factor the test chooses (or replaced by a series it gives).
/// </summary>
internal static class V2Exports
{
    /// <summary>A factor for a case (by method name) in a round; 1 leaves the fixture's values.</summary>
    public delegate double Factor(string method, int round);

    /// <summary>A replacement series of measured iterations (ns/op) for a case (by full name) in a round, or null to keep the fixture's.</summary>
    public delegate double[]? Series(string fullName, int round);

    /// <summary>
    /// Writes <paramref name="rounds"/> rounds of one run of every export in <paramref name="source"/> into
    /// <c>&lt;folder&gt;/&lt;suite&gt;/&lt;run&gt;/round-kk/results/</c>, as the lab's tool lays them out; returns <paramref name="folder"/>.
    /// </summary>
    public static string WriteRun(string folder, string source, string run, int rounds, Factor? factor = null, Series? series = null,
        string profile = "results", int startHour = 9)
    {
        foreach (var file in Directory.GetFiles(source, "*-report-full.json"))
        {
            for (var round = 1; round <= rounds; round++)
            {
                var export = Convert(File.ReadAllText(file), run, round, rounds, profile, startHour, factor, series);
                var suite = export["PerfLab"]!["Suite"]!.GetValue<string>();
                var target = Path.Combine(folder, suite, run, $"round-{round:00}", "results");
                Directory.CreateDirectory(target);
                File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), export.ToJsonString());
            }
        }
        return folder;
    }

    /// <summary>One pre-rounds export as round <paramref name="round"/> of <paramref name="run"/> in schema 2.</summary>
    public static JsonNode Convert(string json, string run, int round, int rounds, string profile, int startHour, Factor? factor, Series? series)
    {
        var export = JsonNode.Parse(json)!;
        var lab = export["Lab"]!.DeepClone().AsObject();
        export.AsObject().Remove("Lab");
        lab["Schema"] = 2;
        lab["Profile"] = profile;
        lab["Run"] = run;
        lab["Round"] = round;
        lab["Rounds"] = rounds;
        lab["RunSeed"] = 1000;
        lab["Seed"] = 1000 + round;
        lab["HostStartedUtc"] = $"2026-11-27T{startHour:00}:{round:00}:00.0000000Z";
        lab["HostSeconds"] = 50.0;
        lab["TotalSeconds"] = 45.0;
        var order = new JsonArray();
        foreach (var benchmark in export["Benchmarks"]!.AsArray())
        {
            var b = benchmark!.AsObject();
            order.Add(b["FullName"]!.GetValue<string>());
            var block = new JsonObject();
            foreach (var key in new[] { "Categories", "Baseline", "Metrics" })
            {
                if (b[key] is { } value) block[key] = value.DeepClone();
                b.Remove(key);
            }
            b["Metrics"] = new JsonArray(GcMetric());
            b["PerfLab"] = block;

            var method = b["Method"]!.GetValue<string>();
            if (b["Measurements"] is not JsonArray measurements) continue;
            var replacement = series?.Invoke(b["FullName"]!.GetValue<string>(), round);
            var scale = factor?.Invoke(method, round) ?? 1;
            if (replacement is not null) ReplaceActual(measurements, replacement);
            foreach (var m in measurements)
            {
                if (m!["IterationMode"]!.GetValue<string>() == "Workload")
                    m["Nanoseconds"] = m["Nanoseconds"]!.GetValue<double>() * scale;
            }
        }
        lab["Order"] = order;
        export["PerfLab"] = lab;
        // One title per round's summary, keeping BenchmarkDotNet's timestamp suffix (the page's run date).
        var title = export["Title"]!.GetValue<string>();
        export["Title"] = $"{title[..^16]}-{run}-r{round.ToString(CultureInfo.InvariantCulture)}{title[^16..]}";
        return export;
    }

    /// <summary>BenchmarkDotNet's own metric entry (as its full exporter writes it with the MemoryDiagnoser).</summary>
    private static JsonObject GcMetric() => new()
    {
        ["Value"] = 0.0,
        ["Descriptor"] = new JsonObject
        {
            ["Id"] = "Gen0Collects", ["DisplayName"] = "Gen0", ["Legend"] = "GC Generation 0 collects per 1000 operations",
            ["NumberFormat"] = "#0.0000", ["UnitType"] = 0, ["Unit"] = "Count", ["TheGreaterTheBetter"] = false, ["PriorityInCategory"] = 0,
        },
    };

    /// <summary>Replaces the first launch's workload Actual iterations by <paramref name="values"/> (ns/op), dropping its others.</summary>
    private static void ReplaceActual(JsonArray measurements, double[] values)
    {
        var actual = measurements.Where(m => m!["IterationMode"]!.GetValue<string>() == "Workload" && m["IterationStage"]!.GetValue<string>() == "Actual").ToArray();
        var operations = actual[0]!["Operations"]!.GetValue<long>();
        foreach (var m in actual) measurements.Remove(m);
        for (var i = 0; i < values.Length; i++)
        {
            measurements.Add(new JsonObject
            {
                ["IterationMode"] = "Workload", ["IterationStage"] = "Actual", ["LaunchIndex"] = 1, ["IterationIndex"] = i + 1,
                ["Operations"] = operations, ["Nanoseconds"] = values[i] * operations,
            });
        }
    }
}
