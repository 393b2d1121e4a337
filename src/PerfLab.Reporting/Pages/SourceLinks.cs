using System.Text.RegularExpressions;

namespace PerfLab.Reporting.Pages;

/// <summary>
/// Where each benchmark's code is, so a page links a technique to its source in one hop: found at report time by
/// reading the repository's <c>bench/</c> folder, never written by hand. A benchmark type is the <c>class</c>,
/// <c>record</c> or <c>struct</c> of its name declared in a file whose namespace is the export's; its method is the
/// public declaration of that name in the type or, when the type inherits it, in its base types (found the same way).
/// The link goes to the method's line (<c>#L42</c>), to the type's file when the method is not found, and nowhere when the
/// type is not found or is declared in more than one file without the method (never a broken or a guessed link).
/// Links are relative to the repository's <c>results/</c> folder, where the pages are published (<see cref="PageToRepository"/>),
/// so the same input gives the same pages wherever a report is written.
/// </summary>
public sealed partial class SourceLinks
{
    /// <summary>From a page (published in <c>results/</c>) to the repository root.</summary>
    public const string PageToRepository = "../";

    /// <summary>The folder searched, relative to the repository root.</summary>
    public const string BenchFolder = "bench";

    /// <summary>No repository: no links.</summary>
    public static readonly SourceLinks None = new([]);

    /// <summary>How many base types are followed to find an inherited method.</summary>
    private const int MaxBaseDepth = 8;

    private readonly IReadOnlyList<SourceFile> _files;

    private SourceLinks(IReadOnlyList<SourceFile> files) => _files = files;

    /// <summary>One C# file under bench/: its path from the repository root ('/'), namespace, lines and type declarations.</summary>
    private sealed record SourceFile(string Path, string Namespace, string[] Lines, IReadOnlyList<TypeDeclaration> Types);

    /// <param name="Line">0-based index of the declaration's line.</param>
    /// <param name="End">0-based index of the next type declaration's line in the file, or the line count.</param>
    /// <param name="Base">The first type after ':' (a base class or an interface), without type arguments; null when none.</param>
    private sealed record TypeDeclaration(string Name, int Line, int End, string? Base);

    /// <summary>The source links of the repository at <paramref name="repositoryRoot"/>; <see cref="None"/> without a bench/ folder.</summary>
    public static SourceLinks Of(string? repositoryRoot)
    {
        if (repositoryRoot is null) return None;
        var bench = Path.Combine(repositoryRoot, BenchFolder);
        if (!Directory.Exists(bench)) return None;
        var files = Directory.EnumerateFiles(bench, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repositoryRoot, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => Parse(f, File.ReadAllText(Path.Combine(repositoryRoot, f))))
            .ToArray();
        return new SourceLinks(files);
    }

    /// <summary>Source links over given files (path from the repository root → text), for tests.</summary>
    public static SourceLinks Of(IReadOnlyDictionary<string, string> files) =>
        new(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Parse(f.Key, f.Value)).ToArray());

    private static SourceFile Parse(string path, string text)
    {
        var lines = text.Split('\n');
        var ns = lines.Select(l => NamespaceLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "";
        var declarations = lines.Select((l, i) => (Match: TypeLine().Match(l), Line: i)).Where(d => d.Match.Success).ToArray();
        var types = declarations.Select((d, i) => new TypeDeclaration(
            d.Match.Groups["name"].Value,
            d.Line,
            i + 1 < declarations.Length ? declarations[i + 1].Line : lines.Length,
            d.Match.Groups["base"].Success ? d.Match.Groups["base"].Value : null)).ToArray();
        return new SourceFile(path, ns, lines, types);
    }

    /// <summary>
    /// The link from a page to the benchmark's method (<c>../bench/PerfLab.Bench.Orm/CustomerByIdBenchmarks.cs#L42</c>), to
    /// its type's file when the method is not found, or null when its type is not found.
    /// </summary>
    public string? Link(BenchmarkResult benchmark)
    {
        var typeName = TypeName(benchmark.Type);
        var declared = Declarations(typeName, benchmark.Namespace);
        if (declared.Length == 0) return null;
        var method = FindMethod(declared, benchmark.Method, MaxBaseDepth);
        if (method is { } found) return $"{PageToRepository}{found.File.Path}#L{found.Line + 1}";
        // Without the method, the type's file: only when the type has one.
        var paths = declared.Select(d => d.File.Path).Distinct(StringComparer.Ordinal).ToArray();
        return paths.Length == 1 ? PageToRepository + paths[0] : null;
    }

    /// <summary>The technique's text as a markdown link to its source, or the text itself when it has none.</summary>
    public string Linked(string text, BenchmarkResult benchmark) =>
        Link(benchmark) is { } link ? $"[{text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)}]({link})" : text;

    /// <summary>BenchmarkDotNet's type name without type arguments or an enclosing type: <c>Outer.Inner&lt;Int32&gt;</c> → <c>Inner</c>.</summary>
    private static string TypeName(string type)
    {
        var plain = type.Split('<')[0];
        return plain[(plain.LastIndexOf('.') + 1)..];
    }

    /// <summary>Declarations of <paramref name="name"/> in <paramref name="ns"/>; with no namespace (or none there), a name declared in one namespace only.</summary>
    private (SourceFile File, TypeDeclaration Type)[] Declarations(string name, string? ns)
    {
        var all = _files.SelectMany(f => f.Types.Where(t => t.Name == name).Select(t => (File: f, Type: t))).ToArray();
        var inNamespace = all.Where(d => d.File.Namespace == ns).ToArray();
        if (inNamespace.Length > 0 || !string.IsNullOrEmpty(ns)) return inNamespace;
        return all.Select(d => d.File.Namespace).Distinct(StringComparer.Ordinal).Count() == 1 ? all : [];
    }

    private (SourceFile File, int Line)? FindMethod((SourceFile File, TypeDeclaration Type)[] declared, string method, int depth)
    {
        var pattern = new Regex(@"^\s*(?:\[[^\]]*\]\s*)*public\b[^=;{}]*?\b" + Regex.Escape(method) + @"\s*\(", RegexOptions.CultureInvariant);
        foreach (var (file, type) in declared)
        {
            for (var line = type.Line; line < type.End; line++)
            {
                if (pattern.IsMatch(file.Lines[line])) return (file, line);
            }
        }
        if (depth == 0) return null;
        // Inherited: the first base type that declares it (the base is looked up in the type's namespace first).
        foreach (var (file, type) in declared)
        {
            if (type.Base is null) continue;
            var baseName = TypeName(type.Base);
            var bases = Declarations(baseName, file.Namespace);
            if (bases.Length == 0) bases = Declarations(baseName, null);
            if (bases.Length > 0 && FindMethod(bases, method, depth - 1) is { } found) return found;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*[;{]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceLine();

    /// <summary>A type declaration on one line: modifiers, kind, name, type parameters, a primary constructor, then the first base.</summary>
    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|unsafe|new)\s+)*(?:class|record(?:\s+(?:class|struct))?|struct)\s+(?<name>\w+)(?:\s*<[^>]*>)?(?:\s*\([^)]*\))?(?:\s*:\s*(?<base>[\w.]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeLine();
}
