using System.Globalization;
using PerfLab.Data.Generation;

namespace PerfLab.Security.Passwords;

/// <summary>
/// The passwords the benchmarks hash, in turn: generated from a seed (the same list every run), distinct, 10 to 40
/// UTF-8 bytes (well inside bcrypt's 72), some with non-ASCII letters. Rotating over them keeps any call from being
/// answered by a constant.
/// </summary>
public static class PasswordSamples
{
    public const int DefaultCount = 64;

    private static readonly string[] Words =
    [
        "river", "Falcon", "quiet", "Amber", "tunnel", "Maple", "orbit", "Cedar", "lantern", "Nova",
        "granite", "Piper", "velvet", "Harbor", "mosaic", "Zephyr", "Kåre", "çelik", "Sørvåg", "niño",
    ];

    private static readonly string[] Separators = ["", "-", ".", "_", "!"];

    public static IReadOnlyList<string> Create(int count = DefaultCount, int seed = CommerceDataGenerator.DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var random = new Random(seed);
        var passwords = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (passwords.Count < count)
        {
            var words = random.Next(2, 4);
            var parts = Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]);
            var password = string.Join(Separators[random.Next(Separators.Length)], parts) + random.Next(0, 10_000).ToString(CultureInfo.InvariantCulture);
            if (seen.Add(password)) passwords.Add(password);
        }
        return passwords;
    }
}
