using System.Text;

namespace PerfLab.Reporting.Pages;

/// <summary>A tiny markdown builder: '\n' line ends on every OS, GitHub-style tables and heading anchors.</summary>
internal sealed class Markdown
{
    private readonly StringBuilder _text = new();

    public Markdown Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Text already in markdown (a rendered section), as is.</summary>
    public Markdown Append(string markdown)
    {
        _text.Append(markdown);
        return this;
    }

    public Markdown Table(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Join("|", rightAligned.Select(r => r ? " ---: " : " --- ")) + "|");
        foreach (var row in rows) Line("| " + string.Join(" | ", row.Select(Formatting.Cell)) + " |");
        return Line();
    }

    public override string ToString() => _text.ToString();

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    public static string Anchor(string heading) =>
        new(heading.ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')
            .Select(c => c == ' ' ? '-' : c)
            .ToArray());
}
