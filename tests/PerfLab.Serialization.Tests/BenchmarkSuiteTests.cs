using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Serialization;
using PerfLab.Serialization.Payloads;
using PerfLab.Serialization.Serializers;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Serialization.Tests;

/// <summary>The shape of the serialization and deserialization suites, checked by reflection: no benchmark runs here.</summary>
public sealed class BenchmarkSuiteTests
{
    private static readonly Type[] SerializeClasses = BenchmarkClassesOf(typeof(SerializeSmall).Assembly);
    private static readonly Type[] DeserializeClasses = BenchmarkClassesOf(typeof(DeserializeSmall).Assembly);
    private static readonly Type[] BenchmarkClasses = [.. SerializeClasses, .. DeserializeClasses];

    /// <summary>
    /// Each comparison of serializers has System.Text.Json (reflection) as its baseline; the output comparison is one
    /// serializer's two ways to hand back its bytes, the reused buffer the baseline.
    /// </summary>
    [Fact]
    public void Each_comparison_is_in_exactly_one_part_of_its_suite()
    {
        AssertPartsHoldEachComparisonOnce("serialization", SerializeClasses);
        AssertPartsHoldEachComparisonOnce("deserialization", DeserializeClasses);
    }

    [Fact]
    public void EveryCategoryIsOneClass_WithExactlyOneBaseline_OnSystemTextJsonReflection()
    {
        var categories = BenchmarkClasses.Select(t => t.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories.Single()).ToArray();
        var declared = typeof(Categories.Serialization).GetFields().Select(f => (string)f.GetValue(null)!);

        Assert.Equal(declared.Order(), categories.Order());
        Assert.All(BenchmarkClasses.Where(t => t != typeof(SerializeNumericOutput)), t =>
            Assert.EndsWith("_StjReflection", BenchmarkMethods(t).Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Name));
        Assert.Equal(nameof(SerializeNumericOutput.ReusedBuffer_MemoryPack),
            BenchmarkMethods(typeof(SerializeNumericOutput)).Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Name);
    }

    /// <summary>
    /// The large payloads are measured into a reused buffer (their fresh arrays measured the machine's page faults):
    /// every serializer, and the retired fresh-array IDs are gone from the suite.
    /// </summary>
    [Fact]
    public void LargePayloads_AreSerializedIntoAReusedBuffer_ByEverySerializer()
    {
        foreach (var type in new[] { typeof(SerializeLargeReusedBuffer), typeof(SerializeNumericReusedBuffer) })
        {
            var serializers = BenchmarkMethods(type).Select(m => m.Name).ToArray();
            Assert.All(serializers, name => Assert.StartsWith("SerializeReusedBuffer_", name, StringComparison.Ordinal));
            Assert.Equal(SerializerCatalog.All.Select(s => s.Name).Order(), serializers.Select(n => n[(n.IndexOf('_') + 1)..]).Order());
        }
        Assert.All(SerializeClasses, t => Assert.False(Categories.Retired.IsRetired(t.FullName!), t.FullName));
    }

    /// <summary>
    /// The output comparison's two rows do the same work: the same bytes, whether written into the reused buffer or
    /// returned in a new array; and the new array is a large object (what makes the row the machine's).
    /// </summary>
    [Fact]
    public void NumericOutput_RowsWriteTheSameBytes_TheNewArrayBeingALargeObject()
    {
        var benchmark = new SerializeNumericOutput();
        benchmark.GlobalSetup();
        var expected = benchmark.NewArray_MemoryPack();
        var buffer = new ReusedBuffer().Emptied();

        SerializerCatalog.MemoryPack.Serialize(buffer, SerializationPayloads.Numeric.Generated);

        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
        Assert.True(expected.Length > 85_000, $"{expected.Length} bytes");
        Assert.Equal(2, GC.GetGeneration(expected));
    }

    [Fact]
    public void EveryBenchmarkMethodNamesItsSerializer()
    {
        var suffixes = BenchmarkClasses.SelectMany(BenchmarkMethods).Select(m => m.Name[(m.Name.IndexOf('_') + 1)..]).Distinct();

        Assert.All(suffixes, s => SerializerCatalog.Get(s));
    }

    /// <summary>
    /// Protocol v2's budget (5 rounds within 15 minutes, results-profile.md): serializing is Small and Medium × 8
    /// serializers, the 5 buffer-reusing rows on Medium, Large and Numeric × 8 into a reused buffer, and the 2 output
    /// rows; deserializing 4 × 8. Each half is its own suite.
    /// </summary>
    [Fact]
    public void CaseCountsStayWithinTheLabBudget()
    {
        Assert.Equal(39, SerializeClasses.Sum(t => BenchmarkMethods(t).Count()));
        Assert.Equal(32, DeserializeClasses.Sum(t => BenchmarkMethods(t).Count()));
        Assert.All(SerializeClasses, t => Assert.StartsWith("Serialize", t.Name, StringComparison.Ordinal));
        Assert.All(DeserializeClasses, t => Assert.StartsWith("Deserialize", t.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void SplittingTheSuiteKeptEveryBenchmarkId() =>
        Assert.All(BenchmarkClasses, t => Assert.Equal("PerfLab.Bench.Serialization", t.Namespace));

    [Fact]
    public void TheSuitesAreNamedFromTheirAssemblies()
    {
        Assert.Equal("serialization", LabRunner.SuiteOf(typeof(SerializeSmall).Assembly));
        Assert.Equal("deserialization", LabRunner.SuiteOf(typeof(DeserializeSmall).Assembly));
    }

    /// <summary>
    /// The deserialization suite runs in one stated GC configuration, without forced collections between iterations
    /// (its large results would otherwise measure the machine's page faults), and the export's GC fact, read in the
    /// host whose environment the benchmark processes inherit, records every setting of it.
    /// </summary>
    [Fact]
    public void Deserialization_RunsInItsStatedGcConfiguration_WhichTheExportRecords()
    {
        Assert.All(DeserializeClasses, t =>
            Assert.False(t.GetCustomAttribute<GcForceAttribute>(inherit: true)!.Config.GetJobs().Single().Environment.Gc.Force));
        var saved = DeserializationGc.Settings.Select(s => (s.Key, Environment.GetEnvironmentVariable(s.Key))).ToArray();
        try
        {
            DeserializationGc.Apply();
            var recorded = PerfLab.Machine.MachineIdentity.GcConfiguration();
            Assert.All(DeserializationGc.Settings, s => Assert.Contains($"{s.Key}={s.Value}", recorded, StringComparison.Ordinal));
        }
        finally
        {
            foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
        }
    }

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

    private static Type[] BenchmarkClassesOf(Assembly assembly) => assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && BenchmarkMethods(t).Any())
        .ToArray();

}
