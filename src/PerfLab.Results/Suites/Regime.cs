namespace PerfLab.Results.Suites;

/// <summary>
/// The regime a case was measured in during one round: how many operations an iteration ran and what the runtime and the
/// kernel charged besides the work (garbage collections, first-touch page faults). Two rounds in different regimes
/// measure different things: a case allocating large results can take a gen-2 collection every few operations in one
/// round and none in another, and page faults on fresh memory whose count depends on exactly that (see
/// <see cref="RegimeCheck"/>).
/// </summary>
/// <param name="Round">The round (of its run).</param>
/// <param name="OperationsPerIteration">The median of the measured iterations' operations; null without measurements.</param>
/// <param name="Gen0PerOperation">Gen-0 collections per operation of the memory diagnoser's run (BenchmarkDotNet's <c>Memory</c>); null without it.</param>
/// <param name="Gen2PerOperation">Gen-2 collections per operation of the memory diagnoser's run; null without it.</param>
/// <param name="FaultsPerOperation">The median over the measured iterations of minor page faults ÷ operations (<c>PerfLab.Regime</c>); null without it.</param>
/// <param name="NanosecondsPerOperation">The case's value in the round (<see cref="BenchmarkResult.RoundValue"/>).</param>
/// <param name="FaultMicroseconds">The round's probe of one first-touch page fault (<c>PerfLab.Probes</c>); null when not measured.</param>
/// <param name="BytesPerOperation">Bytes allocated per operation (BenchmarkDotNet's <c>Memory</c>); null without it.</param>
public sealed record Regime(
    int Round,
    double? OperationsPerIteration,
    double? Gen0PerOperation,
    double? Gen2PerOperation,
    double? FaultsPerOperation,
    double NanosecondsPerOperation,
    double? FaultMicroseconds,
    double? BytesPerOperation = null)
{
    /// <summary>The share of the time per operation its page faults cost at this machine's price of a fault; null when either is unknown.</summary>
    public double? FaultShare =>
        FaultsPerOperation is { } faults && FaultMicroseconds is { } cost && NanosecondsPerOperation > 0 && double.IsFinite(NanosecondsPerOperation)
            ? faults * cost * 1000 / NanosecondsPerOperation
            : null;

    /// <summary>The regime of one round's result of a case; <paramref name="faultMicroseconds"/> is its round's page-fault probe.</summary>
    public static Regime Of(int round, BenchmarkResult benchmark, double? faultMicroseconds)
    {
        var operations = benchmark.Measurements.Where(m => m.IsMeasuredIteration).Select(m => (double)m.Operations).ToArray();
        var memory = benchmark.Memory is { TotalOperations: > 0 } m ? m : null;
        var faults = benchmark.Regime?
            .Where(i => i.Operations > 0 && i.MinorFaults is not null)
            .Select(i => (double)i.MinorFaults!.Value / i.Operations)
            .ToArray();
        return new Regime(
            round,
            operations.Length == 0 ? null : Quantiles.MedianOf(operations),
            memory is null ? null : (double)memory.Gen0Collections / memory.TotalOperations,
            memory is null ? null : (double)memory.Gen2Collections / memory.TotalOperations,
            faults is { Length: > 0 } ? Quantiles.MedianOf(faults) : null,
            benchmark.RoundValue,
            faultMicroseconds,
            memory?.BytesAllocatedPerOperation);
    }
}
