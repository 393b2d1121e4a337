using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>
/// The generated part of a hand-written markdown file (the repository's README.md): everything between a begin and an
/// end marker is replaced, the rest is left as written. Checked before the report writes anything, written after.
/// </summary>
public sealed class ReadmeBlock
{
    public const string Begin = "<!-- perflab:findings:begin";
    public const string End = "<!-- perflab:findings:end -->";

    private readonly string _before;
    private readonly string _after;

    private ReadmeBlock(string path, string before, string after)
    {
        Path = path;
        _before = before;
        _after = after;
    }

    public string Path { get; }

    /// <summary>Throws <see cref="ReportInputException"/> (one line) when the file is missing or its markers are not one begin line before one end marker.</summary>
    public static ReadmeBlock Read(string path)
    {
        if (!File.Exists(path)) throw new ReportInputException($"{path}: no such file to write the findings into");
        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < 0 || end < begin
            || text.IndexOf(Begin, begin + 1, StringComparison.Ordinal) >= 0 || text.IndexOf(End, end + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ReportInputException($"{path}: expected one line starting '{Begin}' and, after it, one '{End}' around the generated findings");
        }
        var beginLineEnd = text.IndexOf('\n', begin);
        if (beginLineEnd < 0 || beginLineEnd > end) throw new ReportInputException($"{path}: the findings' begin and end markers must be on separate lines");
        return new ReadmeBlock(path, text[..(beginLineEnd + 1)], text[end..]);
    }

    /// <summary>The whole file with the block's content replaced (the publisher writes it, atomically, with the report).</summary>
    public string With(string content) => _before + "\n" + content + _after;
}
