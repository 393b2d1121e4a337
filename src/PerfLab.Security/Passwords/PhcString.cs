using System.Globalization;

namespace PerfLab.Security.Passwords;

/// <summary>
/// The PHC string format (<c>$id[$v=version][$param=value,...]$salt$hash</c>, salt and hash in standard Base64
/// without padding), as libsodium and the Argon2 reference implementation write it: one stored string carries the
/// algorithm, its parameters, the salt and the hash.
/// </summary>
public sealed record PhcString(string Id, int? Version, IReadOnlyList<KeyValuePair<string, string>> Parameters, byte[] Salt, byte[] Hash)
{
    public string Parameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Key == name) return parameter.Value;
        }
        throw new FormatException($"PHC string '${Id}$...' has no parameter '{name}'");
    }

    public int IntParameter(string name) =>
        int.TryParse(Parameter(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"PHC parameter '{name}' is not a whole number");

    public override string ToString()
    {
        var version = Version is { } v ? string.Create(CultureInfo.InvariantCulture, $"$v={v}") : "";
        var parameters = Parameters.Count == 0 ? "" : "$" + string.Join(",", Parameters.Select(p => $"{p.Key}={p.Value}"));
        return $"${Id}{version}{parameters}${Encode(Salt)}${Encode(Hash)}";
    }

    public static string Encode(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    public static byte[] Decode(string text)
    {
        var padded = text.Length % 4 == 0 ? text : text + new string('=', 4 - text.Length % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            throw new FormatException("PHC salt or hash is not Base64");
        }
    }

    /// <summary>True when <paramref name="stored"/> starts with <c>$id$</c>.</summary>
    public static bool HasId(string stored, string id) =>
        stored.Length > id.Length + 2 && stored[0] == '$' && stored.AsSpan(1).StartsWith(id, StringComparison.Ordinal) && stored[id.Length + 1] == '$';

    public static PhcString Parse(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var fields = stored.Split('$');
        // "$id$...": the first field is empty; id, optional version, optional parameters, salt, hash.
        if (fields.Length is < 4 or > 6 || fields[0].Length != 0 || fields[1].Length == 0)
            throw new FormatException("not a PHC string ($id[$v=version][$parameters]$salt$hash)");

        var next = 2;
        int? version = null;
        if (fields[next].StartsWith("v=", StringComparison.Ordinal) && fields.Length - next > 2)
        {
            version = int.TryParse(fields[next].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new FormatException("PHC version is not a whole number");
            next++;
        }
        var parameters = new List<KeyValuePair<string, string>>();
        if (fields.Length - next > 2)
        {
            foreach (var pair in fields[next].Split(','))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0) throw new FormatException($"PHC parameter '{pair}' is not name=value");
                parameters.Add(new(pair[..equals], pair[(equals + 1)..]));
            }
            next++;
        }
        if (fields.Length - next != 2) throw new FormatException("PHC string needs exactly a salt and a hash after its parameters");
        return new PhcString(fields[1], version, parameters, Decode(fields[next]), Decode(fields[next + 1]));
    }
}
