using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

public sealed class ReusedBuildToolchainTests : IDisposable
{
    private readonly string _generated = Directory.CreateTempSubdirectory("perflab-gen-").FullName;
    private readonly string _program = Directory.CreateTempSubdirectory("perflab-prog-").FullName;

    public void Dispose()
    {
        Directory.Delete(_generated, recursive: true);
        Directory.Delete(_program, recursive: true);
    }

    private static BenchmarkBuildInfo[] Infos(IEnumerable<BenchmarkCase> cases)
    {
        var config = ImmutableConfigBuilder.Create(ManualConfig.CreateEmpty());
        return cases.Select((c, i) => new BenchmarkBuildInfo(c, config, i)).ToArray();
    }

    private static BenchmarkCase[] Cases() =>
        [.. BenchmarkConverter.TypeToBenchmarks(typeof(OrderProbes.ProbeA)).BenchmarksCases,
         .. BenchmarkConverter.TypeToBenchmarks(typeof(OrderProbes.ProbeB)).BenchmarksCases];

    private static Dictionary<string, int> Ids(IEnumerable<BenchmarkBuildInfo> infos) =>
        infos.ToDictionary(i => i.BenchmarkCase.DisplayInfo, i => i.Id.Value);

    [Fact]
    public void A_case_gets_the_same_number_in_the_generated_program_whatever_order_the_round_runs_in()
    {
        var cases = Cases();
        var shuffled = new RoundOrderer(11).Shuffle(cases).ToArray();
        Assert.NotEqual(cases.Select(c => c.DisplayInfo), shuffled.Select(c => c.DisplayInfo));

        var fromOrdered = Ids(ReusedBuildToolchain.FixedOrder(Infos(cases)));
        var fromShuffled = Ids(ReusedBuildToolchain.FixedOrder(Infos(shuffled)));

        Assert.Equal(fromOrdered, fromShuffled);
        Assert.Equal(Enumerable.Range(0, cases.Length), fromOrdered.Values.Order());
    }

    [Fact]
    public void The_fingerprint_changes_with_any_generated_or_program_file_and_ignores_its_own_stamp()
    {
        File.WriteAllText(Path.Combine(_generated, "Program.notcs"), "class A {}");
        File.WriteAllText(Path.Combine(_program, "PerfLab.Bench.X.dll"), "v1");
        var first = ReusedBuildToolchain.Fingerprint(_generated, _program);

        File.WriteAllText(Path.Combine(_generated, ReusedBuildToolchain.StampFileName), first);
        Assert.Equal(first, ReusedBuildToolchain.Fingerprint(_generated, _program));

        File.WriteAllText(Path.Combine(_program, "PerfLab.Bench.X.dll"), "v2");
        var program = ReusedBuildToolchain.Fingerprint(_generated, _program);
        Assert.NotEqual(first, program);

        File.WriteAllText(Path.Combine(_generated, "Program.notcs"), "class B {}");
        Assert.NotEqual(program, ReusedBuildToolchain.Fingerprint(_generated, _program));
    }
}
