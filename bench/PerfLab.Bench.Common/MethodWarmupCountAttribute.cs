using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PerfLab.Bench.Common;

/// <summary>
/// Warm-up iterations for one benchmark method, where it was measured to settle sooner than the rest of its class:
/// BenchmarkDotNet's <c>[WarmupCount]</c> applies to a whole class, but it applies a method's own config attributes
/// last (BenchmarkConverter's per-method config), so this mutator wins over the class's and the profile's count while
/// the method stays in its class, its comparison and its benchmark ID.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MethodWarmupCountAttribute(int warmupCount) : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(Job.Default.WithWarmupCount(warmupCount).AsMutator());
}
