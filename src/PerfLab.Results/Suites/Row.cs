namespace PerfLab.Results.Suites;

/// <summary>One case (method × parameters × job) of a run, measured in one or more rounds.</summary>
/// <param name="Benchmark">The case as its first measured round recorded it (names, parameters, allocations, metrics).</param>
/// <param name="Rounds">Round number → the case's value in that round (<see cref="BenchmarkResult.RoundValue"/>), rounds it was measured in.</param>
/// <param name="Best">Its best (lowest) round value (<see cref="PooledRatio.BestOf"/>): the time the page shows and ratios divide.</param>
/// <param name="Ratio">Pooled ratio to the group's baseline; null without a baseline (and for the baseline itself).</param>
/// <param name="AllocationRatio">Allocated bytes relative to the baseline; null when unknown or the baseline allocates nothing.</param>
public sealed record Row(
    BenchmarkResult Benchmark,
    bool IsBaseline,
    IReadOnlyDictionary<int, double> Rounds,
    double Best,
    PooledRatio? Ratio,
    double? AllocationRatio,
    Steadiness Steadiness,
    int Iterations)
{
    /// <summary>The regime of each round it was measured in (operations per iteration, collections, page faults), in round order.</summary>
    public IReadOnlyList<Regime> Regimes { get; init; } = [];

    /// <summary>
    /// A load case's <c>PerfLab.Load</c> block per round it was measured in (round → block); empty for every other case.
    /// Such a row's <see cref="Rounds"/> are load runs' durations: nothing divides, orders or trend-tests them.
    /// </summary>
    public IReadOnlyDictionary<int, Exports.LoadRecord> Loads { get; init; } = new Dictionary<int, Exports.LoadRecord>();

    /// <summary>Whether it is a load case (<see cref="Loads"/>).</summary>
    public bool IsLoad => Loads.Count > 0;

    /// <summary>Whether its rounds (and its reproducibility run's, when the report has one) were measured in one regime.</summary>
    public RegimeCheck RegimeCheck { get; init; } = RegimeCheck.NotAssessed;

    /// <summary>Whether page faults are a large part of its time (their price is the machine's); null when not, or not known.</summary>
    public MachineSensitivity? MachineSensitivity => MachineSensitivity.Of(Regimes);

    public long? AllocatedBytes => Benchmark.Memory?.BytesAllocatedPerOperation;

    /// <summary>A dry run (fewer than 3 measured iterations per round): the numbers show that it runs, not how fast.</summary>
    public bool IsDryRun => Iterations < DryRunIterations;

    public const int DryRunIterations = 3;

    /// <summary>The interval of the median time over rounds; null with one round.</summary>
    public MedianInterval? Interval => MedianInterval.Of(Rounds.Values.ToArray());

    /// <summary>This row against another of the same run, round by round (for ordering claims).</summary>
    public PooledRatio? RatioTo(Row other) => PooledRatio.Between(Rounds, other.Rounds);
}
