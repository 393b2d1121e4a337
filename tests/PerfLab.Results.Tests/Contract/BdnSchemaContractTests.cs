using Newtonsoft.Json;
using PerfLab.Tests.Shared;

namespace PerfLab.Results.Tests.Contract;

/// <summary>
/// Issue 15, defect 1: lab exports keep BenchmarkDotNet's schema, so tools written against it (dotnet/performance's
/// ResultsComparer) read them; the lab's data lives under its own <c>PerfLab</c> key.
/// </summary>
public sealed class BdnSchemaContractTests
{
    [Fact]
    public void A_schema_2_lab_export_deserializes_into_results_comparers_contract()
    {
        using var scratch = new ScratchFolder();
        var folder = V2Exports.WriteRun(scratch.Path, Fixture.Lab, "r1", 1);
        var file = Directory.GetFiles(folder, "Fixture.Demo.SumBenchmarks-report-full.json", SearchOption.AllDirectories).Single();

        var result = JsonConvert.DeserializeObject<ResultsComparerContract.BdnResult>(File.ReadAllText(file))!;

        Assert.Equal(6, result.Benchmarks!.Count);
        Assert.All(result.Benchmarks, b => Assert.Equal("Gen0Collects", Assert.Single(b.Metrics!).Descriptor!.Id));
        Assert.Contains(result.Benchmarks[0].Measurements!, m => m.IterationStage == "Actual");
        // The reporting tool still finds the lab's own metrics, under the PerfLab key.
        var export = Results.Exports.ExportLoader.LoadFile(file);
        Assert.Equal("400", export.Benchmarks[0].Metrics!["PayloadBytes"]);
    }

    [Fact]
    public void The_pre_schema_2_lab_export_broke_the_contract()
    {
        // What the defect was: the old exporter replaced BenchmarkDotNet's Metrics list with an object.
        var old = File.ReadAllText(Fixture.File(Fixture.Lab, "Fixture.Demo.SumBenchmarks-report-full.json"));

        Assert.ThrowsAny<JsonException>(() => JsonConvert.DeserializeObject<ResultsComparerContract.BdnResult>(old));
    }
}
