using System.Reflection;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace PerfLab.Bench.Common;

/// <summary>
/// The warm-up iterations of a class's <see cref="HandWrittenWarmupAttribute"/> rows, as <see cref="MethodWarmupCountAttribute"/>
/// would set them on the method: the row keeps its class, comparison and benchmark ID, and its job differs from its
/// class's only in the warm-up count.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HandWrittenWarmupCountAttribute(int warmupCount) : Attribute
{
    public int WarmupCount { get; } = warmupCount;

    /// <summary>
    /// <paramref name="benchmarkCase"/> with its class's hand-written warm-up when its method is a hand-written row, else
    /// itself. The job is mutated the way BenchmarkDotNet applies a method's own job attribute (an unfrozen copy, the
    /// mutator applied, frozen again). A hand-written row in a class without a count is a declaration error.
    /// </summary>
    public static BenchmarkCase Resolve(BenchmarkCase benchmarkCase)
    {
        var descriptor = benchmarkCase.Descriptor;
        if (descriptor.WorkloadMethod.GetCustomAttribute<HandWrittenWarmupAttribute>() is null) return benchmarkCase;
        var count = descriptor.Type.GetCustomAttribute<HandWrittenWarmupCountAttribute>()
            ?? throw new InvalidOperationException(
                $"{descriptor.Type.Name}.{descriptor.WorkloadMethod.Name} is a [HandWrittenWarmup] row, but {descriptor.Type.Name} declares no [HandWrittenWarmupCount]");
        var job = benchmarkCase.Job.UnfreezeCopy();
        job.Apply(Job.Default.WithWarmupCount(count.WarmupCount).AsMutator());
        return BenchmarkCase.Create(descriptor, job.Freeze(), benchmarkCase.Parameters, benchmarkCase.Config);
    }
}
