using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace PerfLab.Serialization.Fidelity;

/// <summary>
/// Field-by-field comparison that is stricter than record equality where serializers lose information quietly:
/// <c>1.10m == 1.1m</c> and <c>DateTime</c> equality ignores <see cref="DateTime.Kind"/>, so both are checked
/// separately, as are a <see cref="DateTimeOffset"/>'s offset, <c>-0.0</c> vs <c>0.0</c>, and null vs empty collections.
/// </summary>
/// <remarks>Reflection-based: for tests and reports, never inside a measured benchmark.</remarks>
public static class FidelityComparer
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IReadOnlyList<FidelityIssue> Compare<T>(T expected, T actual)
    {
        var issues = new List<FidelityIssue>();
        Walk(expected, actual, "$", issues);
        return issues;
    }

    /// <summary>"exact", or "lossy: " and the distinct aspects that changed, for a report column.</summary>
    public static string Describe(IEnumerable<FidelityIssue> issues)
    {
        var aspects = issues.Select(i => i.Aspect).Distinct().ToArray();
        return aspects.Length == 0 ? "exact" : "lossy: " + string.Join(", ", aspects);
    }

    private static void Walk(object? expected, object? actual, string path, List<FidelityIssue> issues)
    {
        if (expected is null || actual is null)
        {
            if (expected is null && actual is null) return;
            var aspect = expected is ICollection { Count: 0 } ? FidelityAspects.EmptyCollectionToNull : FidelityAspects.Null;
            issues.Add(new(path, aspect, Show(expected), Show(actual)));
            return;
        }

        switch (expected)
        {
            case decimal e:
                var ad = (decimal)actual;
                if (e != ad) Add(FidelityAspects.Value);
                else if (e.Scale != ad.Scale) Add(FidelityAspects.DecimalScale);
                return;
            case DateTime e:
                var at = (DateTime)actual;
                if (e.Kind != at.Kind) Add(FidelityAspects.DateTimeKind);
                else if (e.Ticks != at.Ticks) Add(FidelityAspects.Value);
                return;
            case DateTimeOffset e:
                var ao = (DateTimeOffset)actual;
                if (e.UtcTicks != ao.UtcTicks) Add(FidelityAspects.Value);
                else if (e.Offset != ao.Offset) Add(FidelityAspects.DateTimeOffsetOffset);
                return;
            // Bit patterns, so -0.0 and 0.0 differ and NaN equals itself.
            case double e:
                var af = (double)actual;
                if (BitConverter.DoubleToInt64Bits(e) != BitConverter.DoubleToInt64Bits(af)) Add(e == af ? FidelityAspects.NegativeZero : FidelityAspects.Value);
                return;
            case float e:
                var asf = (float)actual;
                if (BitConverter.SingleToInt32Bits(e) != BitConverter.SingleToInt32Bits(asf)) Add(e == asf ? FidelityAspects.NegativeZero : FidelityAspects.Value);
                return;
            case string e:
                if (!string.Equals(e, (string)actual, StringComparison.Ordinal)) Add(FidelityAspects.Value);
                return;
            case IList e:
                var al = (IList)actual;
                if (e.Count != al.Count)
                {
                    Add(FidelityAspects.Count);
                    return;
                }
                for (var i = 0; i < e.Count; i++) Walk(e[i], al[i], $"{path}[{i}]", issues);
                return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is Guid)
        {
            if (!expected.Equals(actual)) Add(FidelityAspects.Value);
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, ReadableProperties))
        {
            Walk(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", issues);
        }

        void Add(string aspect) => issues.Add(new(path, aspect, Show(expected), Show(actual)));
    }

    private static PropertyInfo[] ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    private static string Show(object? value) => value switch
    {
        null => "null",
        ICollection c => $"{c.GetType().Name}[{c.Count}]",
        DateTime d => $"{d:O} {d.Kind}",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
