using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfLab.Lab;

/// <summary>Reads and writes run.json. Writes are atomic (temporary file, then rename), so a run stopped at any moment leaves a readable manifest.</summary>
public static class ManifestStore
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Save(string path, RunManifest manifest)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(manifest, Options) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    public static RunManifest Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), Options)
                   ?? throw new BadInputException($"{path}: empty run manifest");
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path}: not a perflab run manifest ({e.Message})");
        }
    }

    /// <summary>Every run.json under a folder (a run's artifacts folder holds one per suite and pass).</summary>
    public static IReadOnlyList<string> FindAll(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, RunManifest.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
}
