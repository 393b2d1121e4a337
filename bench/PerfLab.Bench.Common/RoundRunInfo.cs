using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using TypeFilter = BenchmarkDotNet.Running.TypeFilter;

namespace PerfLab.Bench.Common;

/// <summary>
/// One round of a suite as ONE BenchmarkDotNet run: every selected case of every benchmark class, in the round's
/// random order. BenchmarkDotNet's switcher runs class after class even with <c>--join</c> (its runner executes each
/// class's run info in turn); a single run info holding all cases is executed in its array order and still builds
/// the suite once, because build partitions group cases by runtime and toolchain, not by class.
/// </summary>
public static class RoundRunInfo
{
    /// <param name="engine">Only the cases of this database engine (<see cref="Engines.Of"/>); null for every case.</param>
    /// <param name="part">Only the cases of this part's comparisons (their categories); null for every case.</param>
    public static BenchmarkRunInfo? Create(Assembly benchmarks, IConfig config, RoundOrderer orderer, ILogger logger, string? engine = null, LabNames.Parts.Part? part = null)
    {
        var (valid, types) = TypeFilter.GetTypesWithRunnableBenchmarks([], [benchmarks], logger);
        if (!valid) return null;
        // An invalid class declaration (e.g. an unreadable [ParamsSource]) throws here, failing the run loudly.
        var perClass = TypeFilter.Filter(config, types);
        if (perClass.Length == 0) return null;
        // Each case keeps the job resolved for its own class (per-class warm-up attributes still apply); a hand-written
        // row gets its class's hand-written warm-up.
        var cases = orderer.Shuffle(perClass.SelectMany(info => info.BenchmarksCases)
            .Where(c => engine is null || Engines.Of(c) == engine)
            .Where(c => part is null || c.Descriptor.Categories.Any(part.Holds))
            .Select(HandWrittenWarmupCountAttribute.Resolve)).ToArray();
        if (cases.Length == 0) return null;
        return new BenchmarkRunInfo(cases, perClass[0].Type, ImmutableConfigBuilder.Create(config));
    }
}
