using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace PerfLab.Reporting.Charts;

/// <summary>
/// The charts draw every label with DejaVu Sans embedded in this assembly, never with a system font: a machine
/// without fonts (a bare CI image) still renders text, and the PNG bytes do not depend on which fonts a machine has.
/// </summary>
internal sealed class BundledFont : IFontResolver
{
    public const string Name = "PerfLab DejaVu Sans";

    private static readonly Lazy<SKTypeface> Typeface = new(Load);
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Registers the font with ScottPlot and makes it the default for every plot created afterwards.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            Fonts.FontResolvers.Insert(0, new BundledFont());
            Fonts.Default = Name;
            Fonts.Sans = Name;
            _registered = true;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, Name, StringComparison.Ordinal) ? Typeface.Value : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        string.Equals(fontName, Name, StringComparison.Ordinal) ? Typeface.Value : null;

    private static SKTypeface Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PerfLab.Reporting.Charts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("the embedded chart font is missing from the assembly");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("the embedded chart font cannot be loaded");
    }
}
