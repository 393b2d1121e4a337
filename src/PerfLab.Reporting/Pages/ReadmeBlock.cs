namespace PerfLab.Reporting.Pages;

/// <summary>
/// A generated part of a hand-written markdown file (the repository's README.md): everything between a named begin and
/// end marker is replaced, the rest is left as written. Checked before the report writes anything, written after. The
/// README has two: the headline findings (required) and the committed runs' durations (optional).
/// </summary>
public sealed class ReadmeBlock
{
    /// <summary>The headline findings table (<see cref="FindingsTable"/>).</summary>
    public const string Findings = "findings";

    /// <summary>How long the committed runs took (<see cref="RunTimes"/>), so no duration on the README is typed.</summary>
    public const string RunTimes = "runtimes";

    private readonly string _before;
    private readonly string _after;

    private ReadmeBlock(string path, string before, string after)
    {
        Path = path;
        _before = before;
        _after = after;
    }

    public string Path { get; }

    public static string BeginMarker(string name) => $"<!-- perflab:{name}:begin";

    public static string EndMarker(string name) => $"<!-- perflab:{name}:end -->";

    /// <summary>Throws <see cref="BadInputException"/> (one line) when the file is missing or its findings markers are not one begin line before one end marker.</summary>
    public static ReadmeBlock Read(string path)
    {
        if (!File.Exists(path)) throw new BadInputException($"{path}: no such file to write the findings into");
        return Find(path, File.ReadAllText(path), Findings)
            ?? throw new BadInputException($"{path}: expected one line starting '{BeginMarker(Findings)}' and, after it, one '{EndMarker(Findings)}' around the generated findings");
    }

    /// <summary>
    /// The block <paramref name="name"/> of <paramref name="text"/>; null when the text has neither of its markers.
    /// Throws <see cref="BadInputException"/> when its markers are there but not one begin line before one end marker.
    /// </summary>
    public static ReadmeBlock? Find(string path, string text, string name)
    {
        var (beginMarker, endMarker) = (BeginMarker(name), EndMarker(name));
        var begin = text.IndexOf(beginMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        if (begin < 0 && end < 0) return null;
        if (begin < 0 || end < 0 || end < begin
            || text.IndexOf(beginMarker, begin + 1, StringComparison.Ordinal) >= 0 || text.IndexOf(endMarker, end + 1, StringComparison.Ordinal) >= 0)
        {
            throw new BadInputException($"{path}: expected one line starting '{beginMarker}' and, after it, one '{endMarker}' around the generated {name}");
        }
        var beginLineEnd = text.IndexOf('\n', begin);
        if (beginLineEnd < 0 || beginLineEnd > end) throw new BadInputException($"{path}: the {name}' begin and end markers must be on separate lines");
        return new ReadmeBlock(path, text[..(beginLineEnd + 1)], text[end..]);
    }

    /// <summary>The whole file with the block's content replaced (the publisher writes it, atomically, with the report).</summary>
    public string With(string content) => _before + "\n" + content + _after;
}
