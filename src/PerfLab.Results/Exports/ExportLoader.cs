using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;

namespace PerfLab.Results.Exports;

/// <summary>
/// Reads BenchmarkDotNet full JSON exports (versions 0.13 to 0.15, with or without the lab's additions, plain or
/// gzip-compressed) into <see cref="BenchmarkExport"/>s, validated once here: everything downstream trusts the records. Every problem with the input is a <see cref="BadInputException"/> whose
/// one-line message names the file or folder: callers print it and exit with code 2.
/// </summary>
public static class ExportLoader
{
    /// <summary>The file name endings of the exports read (indented and compressed variants of the full export).</summary>
    public static IReadOnlyList<string> ExportSuffixes { get; } =
        ["-report-full.json", "-report-full-compressed.json", "-report-full.json.gz", "-report-full-compressed.json.gz"];

    /// <summary>Folders the report itself keeps inside an output folder (staging, journal leftovers): never searched.</summary>
    public const string InternalPrefix = ".perflab-";

    /// <summary>
    /// Loads one export file, or every export under a folder (recursively), in a stable order (ordinal by path
    /// relative to <paramref name="path"/>). Throws when the path does not exist, when a folder holds no export, or
    /// when any export cannot be read.
    /// </summary>
    public static IReadOnlyList<BenchmarkExport> Load(string path)
    {
        if (File.Exists(path)) return [LoadFile(path)];
        if (!Directory.Exists(path)) throw new BadInputException($"{path}: input folder or file does not exist");

        IReadOnlyList<string> files;
        try
        {
            files = FindExports(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be searched for exports ({e.Message})", e);
        }
        if (files.Count == 0)
        {
            throw new BadInputException(
                $"{path}: no BenchmarkDotNet exports found (looked for *{string.Join(" and *", ExportSuffixes)}, recursively)");
        }
        return Distinct(files.Select(LoadFile)).ToArray().AsReadOnly();
    }

    /// <summary>
    /// One export per BenchmarkDotNet summary: <c>--exporters json</c> writes the same summary twice (full and
    /// compressed), and counting both would double every round. Two exports are the same summary when their title,
    /// run, round and every benchmark's name and measurements agree; the first in path order is kept.
    /// </summary>
    public static IEnumerable<BenchmarkExport> Distinct(IEnumerable<BenchmarkExport> exports) =>
        exports.DistinctBy(SummaryIdentity, StringComparer.Ordinal);

    private static string SummaryIdentity(BenchmarkExport export) =>
        string.Join("\n", new[] { export.Title, export.RunId, export.Round.ToString(CultureInfo.InvariantCulture) }
            .Concat(export.Benchmarks.Select(b => b.FullName + "|" + string.Join(",", b.Measurements.Select(m => m.Nanoseconds.ToString("R", CultureInfo.InvariantCulture))))));

    /// <summary>
    /// The export files under <paramref name="folder"/>, recursively, ordered by relative path (ordinal). Symbolic links
    /// to folders below the root are not followed (a link loop would never end) and the report's own
    /// <see cref="InternalPrefix"/> folders are skipped.
    /// </summary>
    public static IReadOnlyList<string> FindExports(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([Path.GetFullPath(folder)]);
        while (pending.TryPop(out var current))
        {
            found.AddRange(Directory.EnumerateFiles(current).Where(IsExportFileName));
            foreach (var child in Directory.EnumerateDirectories(current))
            {
                var info = new DirectoryInfo(child);
                if (info.LinkTarget is null && !info.Name.StartsWith(InternalPrefix, StringComparison.Ordinal)) pending.Push(child);
            }
        }
        return found.OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal).ToArray().AsReadOnly();
    }

    /// <summary>Whether a file name is one of the full export variants (<see cref="ExportSuffixes"/>).</summary>
    public static bool IsExportFileName(string path) =>
        ExportSuffixes.Any(suffix => Path.GetFileName(path).EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads one export file.</summary>
    public static BenchmarkExport LoadFile(string path)
    {
        string json;
        try
        {
            json = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? ReadGzip(path) : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new BadInputException($"{path}: cannot be read ({e.Message})", e);
        }
        return Parse(json, Path.GetFullPath(path));
    }

    private static string ReadGzip(string path)
    {
        var bytes = File.ReadAllBytes(path);
        // GZipStream calls a file without gzip's magic number an "unsupported compression method", and reads a
        // truncated one as far as it goes without a word: the parse error that follows would point at the JSON.
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
            throw new BadInputException($"{path}: not gzip-compressed, though named .gz (a plain JSON export is named without .gz)");
        using var json = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress))
            gzip.CopyTo(json);
        // The trailer's last 4 bytes are the uncompressed length (mod 2^32): absent or different, the file ends early.
        if (bytes.Length < 18 || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(^4)) != (uint)json.Length)
            throw new BadInputException($"{path}: truncated gzip file (the compressed data ends early)");
        json.Position = 0;
        using var reader = new StreamReader(json);
        return reader.ReadToEnd();
    }

    /// <summary>Parses the text of one export; <paramref name="sourcePath"/> names it in errors and in the model.</summary>
    public static BenchmarkExport Parse(string json, string sourcePath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException e)
        {
            // BenchmarkDotNet's own serializer writes a non-finite double as a bare NaN or Infinity token (not JSON):
            // read those as null before calling the file malformed.
            document = TryParseWithNonFiniteNumbers(json)
                ?? throw new BadInputException($"{sourcePath}: malformed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("HostEnvironmentInfo", out var host) || host.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("Benchmarks", out var benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
            {
                throw new BadInputException($"{sourcePath}: not a BenchmarkDotNet full JSON export (no HostEnvironmentInfo and Benchmarks array)");
            }

            try
            {
                return new BenchmarkExport(
                    sourcePath,
                    String(root, "Title") ?? Path.GetFileNameWithoutExtension(sourcePath),
                    ReadEnvironment(host),
                    ReadLab(root),
                    benchmarks.EnumerateArray().Select(ReadBenchmark).ToArray().AsReadOnly());
            }
            catch (FormatException e)
            {
                throw new BadInputException($"{sourcePath}: not a BenchmarkDotNet full JSON export ({e.Message})", e);
            }
        }
    }

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true };

    private static JsonDocument? TryParseWithNonFiniteNumbers(string json)
    {
        var text = new System.Text.StringBuilder(json.Length);
        var replaced = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c == '"')
            {
                // Copy the whole string literal, escapes included.
                var end = i + 1;
                while (end < json.Length && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
                text.Append(json, i, Math.Min(end + 1, json.Length) - i);
                i = end;
                continue;
            }
            var token = NonFiniteTokens.FirstOrDefault(t => string.CompareOrdinal(json, i, t, 0, t.Length) == 0);
            if (token is not null)
            {
                text.Append("null");
                i += token.Length - 1;
                replaced = true;
                continue;
            }
            text.Append(c);
        }
        if (!replaced) return null;
        try
        {
            return JsonDocument.Parse(text.ToString(), JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly string[] NonFiniteTokens = ["-Infinity", "Infinity", "NaN"];

    private static HostEnvironment ReadEnvironment(JsonElement host) => new(
        String(host, "BenchmarkDotNetVersion"),
        String(host, "OsVersion"),
        String(host, "ProcessorName"),
        Int(host, "PhysicalProcessorCount"),
        Int(host, "PhysicalCoreCount"),
        Int(host, "LogicalCoreCount"),
        String(host, "RuntimeVersion"),
        String(host, "Architecture"),
        String(host, "Configuration"),
        String(host, "DotNetCliVersion"),
        host.TryGetProperty("HasAttachedDebugger", out var debugger) && debugger.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? debugger.GetBoolean()
            : null);

    /// <summary>The lab's top-level block: <c>PerfLab</c> (schema 2), else the older <c>Lab</c>; null in stock exports.</summary>
    private static LabInfo? ReadLab(JsonElement root)
    {
        var hasBlock = root.TryGetProperty(LabBlock, out var lab) && lab.ValueKind == JsonValueKind.Object;
        if (!hasBlock && !(root.TryGetProperty("Lab", out lab) && lab.ValueKind == JsonValueKind.Object)) return null;
        if (hasBlock && Int(lab, "Schema") is { } schema && schema != 2) throw new FormatException($"{LabBlock}.Schema {schema} is not the schema 2 this tool reads");
        var round = Int(lab, "Round");
        var rounds = Int(lab, "Rounds");
        if (round is < 1 || rounds is < 1 || round > rounds) throw new FormatException($"{LabBlock}.Round {round} of Rounds {rounds} is not a round of the run");
        var run = String(lab, "Run");
        if (run is { Length: 0 }) throw new FormatException($"{LabBlock}.Run is empty");
        return new LabInfo(
            String(lab, "Suite") ?? "",
            String(lab, "Profile"),
            String(lab, "ProfileDescription"),
            String(lab, "SqliteVersion"),
            String(lab, "Commit"),
            Double(lab, "TotalSeconds"),
            String(lab, "HostStartedUtc"),
            Double(lab, "HostSeconds"),
            run,
            round,
            rounds,
            Long(lab, "RunSeed"),
            Long(lab, "Seed"),
            lab.TryGetProperty("Order", out var order) && order.ValueKind == JsonValueKind.Array
                ? order.EnumerateArray().Select(o => o.GetString() ?? "").ToArray().AsReadOnly()
                : null,
            lab.TryGetProperty("Skipped", out var skipped) && skipped.ValueKind == JsonValueKind.Array
                ? skipped.EnumerateArray()
                    .Where(s => s.ValueKind == JsonValueKind.Object)
                    .Select(s => (Comparison: String(s, "Comparison"), Reason: String(s, "Reason")))
                    .Where(s => s.Comparison is not null && s.Reason is not null)
                    .DistinctBy(s => s.Comparison)
                    .ToDictionary(s => s.Comparison!, s => s.Reason!, StringComparer.Ordinal)
                : null,
            String(lab, "Engine") is { Length: > 0 } engine ? engine : null,
            ReadMachine(lab),
            ReadProbes(lab),
            String(lab, "Part") is { Length: > 0 } part ? part : null);
    }

    /// <summary><c>PerfLab.Machine</c>: string → string (a non-string value is kept as its JSON text; null is dropped); null when absent.</summary>
    private static IReadOnlyDictionary<string, string>? ReadMachine(JsonElement lab)
    {
        if (!lab.TryGetProperty("Machine", out var machine) || machine.ValueKind != JsonValueKind.Object) return null;
        return machine.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText(), StringComparer.Ordinal)
            .AsReadOnly();
    }

    /// <summary><c>PerfLab.Probes</c>: string → number (finite numbers only; anything else is left out); null when absent.</summary>
    private static IReadOnlyDictionary<string, double>? ReadProbes(JsonElement lab)
    {
        if (!lab.TryGetProperty("Probes", out var probes) || probes.ValueKind != JsonValueKind.Object) return null;
        return probes.EnumerateObject()
            .Select(p => (p.Name, Value: Number(p.Value)))
            .Where(p => p.Value is { } v && double.IsFinite(v))
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(p => p.Name, p => p.Value!.Value, StringComparer.Ordinal)
            .AsReadOnly();
    }

    /// <summary>The lab's key, top-level and per benchmark; BenchmarkDotNet's own fields (its <c>Metrics</c> list) stay untouched.</summary>
    public const string LabBlock = "PerfLab";

    private static BenchmarkResult ReadBenchmark(JsonElement benchmark)
    {
        if (benchmark.ValueKind != JsonValueKind.Object) throw new FormatException("a Benchmarks entry is not an object");
        var fullName = String(benchmark, "FullName") ?? throw new FormatException("a benchmark has no FullName");
        var type = String(benchmark, "Type") ?? throw new FormatException($"benchmark {fullName} has no Type");
        var method = String(benchmark, "Method") ?? throw new FormatException($"benchmark {fullName} has no Method");

        // The lab's per-benchmark data: in its own block (schema 2), or, in older exports, beside BenchmarkDotNet's fields.
        var lab = benchmark.TryGetProperty(LabBlock, out var block) && block.ValueKind == JsonValueKind.Object ? block : benchmark;
        return new BenchmarkResult(
            fullName,
            String(benchmark, "DisplayInfo") ?? fullName,
            String(benchmark, "Namespace") ?? "",
            type,
            method,
            String(benchmark, "MethodTitle") ?? method,
            ParseParameters(String(benchmark, "Parameters") ?? ""),
            lab.TryGetProperty("Categories", out var categories) && categories.ValueKind == JsonValueKind.Array
                ? categories.EnumerateArray().Select(c => c.GetString() ?? "").ToArray().AsReadOnly()
                : null,
            lab.TryGetProperty("Baseline", out var baseline) && baseline.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? baseline.GetBoolean()
                : null,
            ReadLabMetrics(lab),
            benchmark.TryGetProperty("Statistics", out var statistics) && statistics.ValueKind == JsonValueKind.Object
                ? ReadStatistics(statistics, fullName)
                : null,
            benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object ? ReadMemory(memory) : null,
            benchmark.TryGetProperty("Measurements", out var measurements) && measurements.ValueKind == JsonValueKind.Array
                ? measurements.EnumerateArray().Select(ReadMeasurement).ToArray().AsReadOnly()
                : Array.Empty<Measurement>().AsReadOnly(),
            ReadRegime(lab, fullName),
            ReadPlacement(lab),
            ReadLoad(lab, fullName));
    }

    /// <summary>
    /// The benchmark's <c>PerfLab.Load</c> block (<see cref="LoadRecord"/>); null when absent or empty (every case but a
    /// load case). A block with a field missing or of the wrong kind is malformed: its numbers would be guessed.
    /// </summary>
    private static LoadRecord? ReadLoad(JsonElement lab, string fullName)
    {
        if (!lab.TryGetProperty("Load", out var load) || load.ValueKind == JsonValueKind.Null) return null;
        string Where(string field) => $"benchmark {fullName} has a {LabBlock}.Load {field}";
        if (load.ValueKind != JsonValueKind.Object) throw new FormatException(Where("that is not an object"));
        if (!load.EnumerateObject().Any()) return null;

        long Whole(JsonElement element, string name, string within) =>
            Long(element, name) is { } value and >= 0 ? value : throw new FormatException(Where($"without a whole non-negative {within}{name}"));
        double Rate(JsonElement element, string name, string within) =>
            Double(element, name) is { } value && double.IsFinite(value) && value >= 0 ? value : throw new FormatException(Where($"without a non-negative {within}{name}"));
        PerfLab.Load.LatencySummary Latency(string name) =>
            load.TryGetProperty(name, out var summary) && summary.ValueKind == JsonValueKind.Object
                ? new PerfLab.Load.LatencySummary(Whole(summary, "Count", name + "."), Whole(summary, "P50Ns", name + "."), Whole(summary, "P90Ns", name + "."),
                    Whole(summary, "P99Ns", name + "."), Whole(summary, "P999Ns", name + "."), Whole(summary, "MaxNs", name + "."))
                : throw new FormatException(Where($"without {name}"));
        // The same count fields for the merged runs and for each run.
        LoadCounts Counts(JsonElement element, string within) => new(
            Whole(element, "Requested", within), Whole(element, "Completed", within), Whole(element, "Errors", within),
            Whole(element, "Timeouts", within), Whole(element, "NotStarted", within), Rate(element, "AchievedRate", within));

        var model = String(load, "Model") is { } text && Enum.TryParse<PerfLab.Load.LoadModel>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException(Where($"with Model '{String(load, "Model")}' (one of {string.Join(", ", Enum.GetNames<PerfLab.Load.LoadModel>())})"));
        if (!load.TryGetProperty("Iterations", out var iterations) || iterations.ValueKind != JsonValueKind.Array)
            throw new FormatException(Where("without an Iterations array"));
        return new LoadRecord(
            model,
            Rate(load, "OfferedRate", ""),
            Rate(load, "CapacityRate", ""),
            Rate(load, "OfferedFraction", ""),
            Latency("Latency"),
            Latency("ServiceTime"),
            Counts(load, ""),
            Whole(load, "ClientCpuNs", ""),
            load.TryGetProperty("ServerCpuNs", out var server) && server.ValueKind != JsonValueKind.Null ? Whole(load, "ServerCpuNs", "") : null,
            iterations.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Object
                    ? new LoadIteration(
                        Counts(i, "iteration "),
                        Whole(i, "WallNs", "iteration "), Whole(i, "P50Ns", "iteration "), Whole(i, "P99Ns", "iteration "), Whole(i, "MaxNs", "iteration "))
                    : throw new FormatException(Where("iteration that is not an object")))
                .ToArray()
                .AsReadOnly());
    }

    /// <summary>The benchmark's <c>PerfLab.Placement</c> block (<see cref="PerfLab.Machine.PlacementRecord"/>); null when absent or empty.</summary>
    private static PerfLab.Machine.PlacementRecord? ReadPlacement(JsonElement lab) =>
        lab.TryGetProperty("Placement", out var placement) && placement.ValueKind == JsonValueKind.Object && String(placement, "Mode") is { Length: > 0 } mode
            ? new PerfLab.Machine.PlacementRecord(mode, String(placement, "Server") ?? "", String(placement, "Benchmark") ?? "", String(placement, "ServerCpus") ?? "")
            : null;

    /// <summary>
    /// The benchmark's <c>PerfLab.Regime</c> block: <c>{ "Iterations": [ { Operations, MinorFaults, MajorFaults, Gen0, Gen1, Gen2 } ] }</c>;
    /// null when absent (every export written before the lab recorded it).
    /// </summary>
    private static IReadOnlyList<RegimeRecord>? ReadRegime(JsonElement lab, string fullName)
    {
        if (!lab.TryGetProperty("Regime", out var regime) || regime.ValueKind != JsonValueKind.Object
            || !regime.TryGetProperty("Iterations", out var iterations) || iterations.ValueKind != JsonValueKind.Array) return null;
        return iterations.EnumerateArray()
            .Select(i => i.ValueKind == JsonValueKind.Object
                ? new RegimeRecord(
                    Long(i, "Operations") ?? throw new FormatException($"benchmark {fullName} has a {LabBlock}.Regime iteration without Operations"),
                    Long(i, "MinorFaults"),
                    Long(i, "MajorFaults"),
                    Int(i, "Gen0"),
                    Int(i, "Gen1"),
                    Int(i, "Gen2"))
                : throw new FormatException($"benchmark {fullName} has a {LabBlock}.Regime iteration that is not an object"))
            .ToArray()
            .AsReadOnly();
    }

    /// <summary>
    /// BenchmarkDotNet's <c>Parameters</c> text is <c>Name=Value&amp;Name=Value</c>; a value that itself contains
    /// <c>&amp;</c> is kept whole by joining pieces without <c>=</c> back onto the previous value.
    /// </summary>
    private static IReadOnlyList<BenchmarkParameter> ParseParameters(string text)
    {
        var parameters = new List<(string Name, string Value)>();
        foreach (var piece in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = piece.IndexOf('=');
            if (equals > 0) parameters.Add((piece[..equals], piece[(equals + 1)..]));
            else if (parameters.Count > 0) parameters[^1] = (parameters[^1].Name, parameters[^1].Value + "&" + piece);
            else throw new FormatException($"unreadable Parameters '{text}'");
        }
        return parameters.Select(p => new BenchmarkParameter(p.Name, p.Value)).ToArray().AsReadOnly();
    }

    /// <summary>
    /// The lab's metrics: an object of name → value. BenchmarkDotNet 0.13+ writes its own diagnoser metrics as an
    /// array under <c>Metrics</c> of the benchmark; those are already in <c>Memory</c>, so an array means "no lab metrics".
    /// </summary>
    private static IReadOnlyDictionary<string, string>? ReadLabMetrics(JsonElement lab)
    {
        if (!lab.TryGetProperty("Metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Object) return null;
        return metrics.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText(), StringComparer.Ordinal)
            .AsReadOnly();
    }

    private static BenchmarkStatistics ReadStatistics(JsonElement statistics, string fullName)
    {
        double Required(string name) => Double(statistics, name) ?? throw new FormatException($"benchmark {fullName} has Statistics without {name}");

        return new BenchmarkStatistics(
            Int(statistics, "N") ?? throw new FormatException($"benchmark {fullName} has Statistics without N"),
            Required("Min"),
            Required("Q1"),
            Required("Median"),
            Required("Mean"),
            Required("Q3"),
            Required("Max"),
            Double(statistics, "StandardError") ?? double.NaN,
            Double(statistics, "StandardDeviation") ?? double.NaN,
            statistics.TryGetProperty("ConfidenceInterval", out var interval) && interval.ValueKind == JsonValueKind.Object
                ? ReadConfidenceInterval(interval)
                : null,
            statistics.TryGetProperty("OriginalValues", out var values) && values.ValueKind == JsonValueKind.Array
                ? values.EnumerateArray().Select(v => Number(v) ?? double.NaN).ToArray().AsReadOnly()
                : Array.Empty<double>().AsReadOnly());
    }

    /// <summary>Perfolizer's <c>ConfidenceLevel</c> enum, in declaration order (exports write its ordinal).</summary>
    private static readonly double[] ConfidenceLevels = [0.50, 0.70, 0.75, 0.80, 0.85, 0.90, 0.92, 0.95, 0.96, 0.97, 0.98, 0.99, 0.999, 0.9999];

    private static ConfidenceInterval? ReadConfidenceInterval(JsonElement interval)
    {
        var lower = Double(interval, "Lower");
        var upper = Double(interval, "Upper");
        if (lower is null || upper is null) return null;
        return new ConfidenceInterval(ReadLevel(interval), Double(interval, "Margin") ?? (upper.Value - lower.Value) / 2, lower.Value, upper.Value);
    }

    private static double ReadLevel(JsonElement interval)
    {
        if (!interval.TryGetProperty("Level", out var level)) return double.NaN;
        if (level.ValueKind == JsonValueKind.Number && level.TryGetInt32(out var ordinal))
            return ordinal >= 0 && ordinal < ConfidenceLevels.Length ? ConfidenceLevels[ordinal] : double.NaN;
        if (level.ValueKind == JsonValueKind.Number) return level.GetDouble();
        // As a name ("L999") when serialized with enum names.
        var text = level.GetString();
        return text is ['L', .. var digits] && double.TryParse("0." + digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction)
            ? fraction
            : double.NaN;
    }

    private static MemoryStatistics ReadMemory(JsonElement memory) => new(
        Long(memory, "BytesAllocatedPerOperation"),
        Long(memory, "Gen0Collections") ?? 0,
        Long(memory, "Gen1Collections") ?? 0,
        Long(memory, "Gen2Collections") ?? 0,
        Long(memory, "TotalOperations") ?? 0);

    private static Measurement ReadMeasurement(JsonElement measurement)
    {
        if (measurement.ValueKind != JsonValueKind.Object) throw new FormatException("a Measurements entry is not an object");
        return new Measurement(
            String(measurement, "IterationMode") ?? "",
            String(measurement, "IterationStage") ?? "",
            Int(measurement, "LaunchIndex") ?? 1,
            Int(measurement, "IterationIndex") ?? 0,
            Long(measurement, "Operations") ?? throw new FormatException("a measurement has no Operations"),
            Double(measurement, "Nanoseconds") ?? throw new FormatException("a measurement has no Nanoseconds"));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static long? Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static double? Double(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? Number(value) : null;

    /// <summary>A JSON number, or one of the strings some serializers use for non-finite doubles ("NaN", "Infinity").</summary>
    private static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
