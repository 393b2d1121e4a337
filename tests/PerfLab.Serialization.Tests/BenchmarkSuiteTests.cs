using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Serialization;
using PerfLab.Serialization.Payloads;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Serialization.Tests;

/// <summary>The serialization suite's shape, checked by reflection: no benchmark runs here.</summary>
public sealed class BenchmarkSuiteTests
{
    private static readonly Type[] BenchmarkClasses = typeof(SerializeSmall).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && BenchmarkMethods(t).Any())
        .ToArray();

    [Fact]
    public void EveryCategoryIsOneClass_WithExactlyOneBaseline_OnSystemTextJsonReflection()
    {
        var categories = BenchmarkClasses.Select(t => t.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories.Single()).ToArray();
        var declared = typeof(Categories.Serialization).GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.Equal(declared.Order(), categories.Order());
        Assert.All(BenchmarkClasses, t =>
            Assert.EndsWith("_StjReflection", BenchmarkMethods(t).Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Name));
    }

    [Fact]
    public void EveryBenchmarkMethodNamesItsSerializer()
    {
        var suffixes = BenchmarkClasses.SelectMany(BenchmarkMethods).Select(m => m.Name[(m.Name.IndexOf('_') + 1)..]).Distinct();

        Assert.All(suffixes, s => SerializerCatalog.Get(s));
    }

    /// <summary>The lab's time budget: about 4-5 s per case in the default profile, at most ~90 cases per suite.</summary>
    [Fact]
    public void CaseCountStaysWithinTheLabBudget() =>
        Assert.Equal(84, BenchmarkClasses.Sum(t => BenchmarkMethods(t).Count()));

    [Fact]
    public void Metrics_ReportBytesRatioAndFidelity()
    {
        var benchmark = new DeserializeMedium();
        benchmark.GlobalSetup();

        var json = benchmark.GetLabMetrics(nameof(DeserializeMedium.Deserialize_StjReflection));
        var newtonsoft = benchmark.GetLabMetrics(nameof(DeserializeMedium.Deserialize_NewtonsoftJson));
        var messagePack = benchmark.GetLabMetrics(nameof(DeserializeMedium.Deserialize_MessagePackIntKeys));

        Assert.Equal(SerializerCatalog.StjReflection.Serialize(SerializationPayloads.Medium.Generated).Length.ToString("N0"), json["PayloadBytes"]);
        Assert.Equal("1.00", json["PayloadRatio"]);
        Assert.Equal("exact", json["Fidelity"]);
        Assert.Equal("lossy: decimal scale", newtonsoft["Fidelity"]);
        Assert.Equal("lossy: DateTime kind", messagePack["Fidelity"]);
        Assert.True(double.Parse(messagePack["PayloadRatio"], System.Globalization.CultureInfo.InvariantCulture) < 0.5);
    }

    private static IEnumerable<MethodInfo> BenchmarkMethods(Type type) =>
        type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);
}
