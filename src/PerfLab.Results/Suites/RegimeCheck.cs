using System.Globalization;

namespace PerfLab.Results.Suites;

/// <summary>
/// Whether a case was measured in one regime (<see cref="Regime"/>) in all its rounds, and in both runs when the report
/// has a reproducibility run. It <b>differs</b> when operations per iteration, gen-2 collections per operation or page
/// faults per operation change by more than a factor of 2 between rounds (the last two also by an absolute amount that
/// matters): the rounds then did not measure the same thing, and pooling them (or comparing the two runs) mixes regimes.
/// The second trust check beside the trend (<see cref="Steadiness"/>).
/// </summary>
/// <param name="Differences">What differs, one text per quantity, e.g. "ops/iteration 13–281 across rounds"; empty when one regime.</param>
/// <param name="IsAssessed">Whether at least two rounds recorded any of the quantities.</param>
public sealed record RegimeCheck(IReadOnlyList<string> Differences, bool IsAssessed)
{
    public static RegimeCheck NotAssessed { get; } = new([], false);

    /// <summary>
    /// Operations per iteration: BenchmarkDotNet sizes an iteration from the pilot's speed, so rounds that ran 250 or 12
    /// operations an iteration ran at different speeds to begin with, and a different count changes how many collections
    /// and fresh pages each iteration takes. A factor of 2 is far outside the pilot's usual jitter (a few percent).
    /// </summary>
    public const double OperationsFactor = 2;

    /// <summary>
    /// Operations per iteration decide the regime of a case that allocates a megabyte or more per operation: tens
    /// of such operations between two forced collections are tens of megabytes, past the gen-0 budget, so the
    /// iteration's size decides how many collections it takes and how much fresh memory it touches (a 3.2 MB result
    /// ran 13 calls an iteration with no gen-2 collection on one machine, 281 with one every 5 calls on another). A case
    /// allocating less is sized by the pilot without such an effect (its collections and faults are checked directly),
    /// and the pilot may pick 39k or 97k calls for a microsecond-scale case from one round to the next, unless a round's
    /// iterations were short (<see cref="ShortIterationNanoseconds"/>).
    /// </summary>
    public const double LargeAllocationBytes = 1 << 20;

    /// <summary>
    /// An iteration shorter than a quarter of the results job's 100 ms was sized by a pilot that timed cold calls (or a
    /// moment the machine was far slower), and its warm-up was short by the same factor: EF Core's NewContext read ran
    /// 4 calls (3-5 ms) an iteration in 8 of 10 PostgreSQL rounds before the results job warmed its pilot, and measured
    /// 4× slower there. A case with such a round has its operations per iteration checked whatever it allocates.
    /// </summary>
    public const double ShortIterationNanoseconds = 25e6;

    /// <summary>Gen-2 collections per operation: a factor of 2, and at least one full collection per 20 operations apart
    /// (below that a collection is too rare to weigh on an operation's time, whatever the factor).</summary>
    public const double Gen2Factor = 2, Gen2MinimumDifference = 0.05;

    /// <summary>Minor page faults per operation: a factor of 2, and at least 16 faults (64 KiB of fresh pages) apart: at
    /// ~10 µs a fault on a fresh VM that is 160 µs an operation, while a few faults more or less are noise.</summary>
    public const double FaultsFactor = 2, FaultsMinimumDifference = 16;

    public bool Differs => Differences.Count > 0;

    /// <summary>Why it differs, e.g. "ops/iteration 13–281 across rounds; gen-2 GCs/op 0–0.19 across rounds"; empty when one regime.</summary>
    public string Reason => string.Join("; ", Differences);

    /// <summary>
    /// The check of a case over its rounds in the published run and, when given, its rounds in the reproducibility run
    /// (the same check is then true of both runs' row).
    /// </summary>
    public static RegimeCheck Of(IReadOnlyList<Regime> published, IReadOnlyList<Regime>? reproduction = null)
    {
        reproduction ??= [];
        var differences = new List<string>();
        var assessed = false;
        // Unknown allocations (no memory diagnoser) keep the operations rule: nothing rules it out.
        var allocatesLarge = published.Concat(reproduction).All(r => r.BytesPerOperation is null)
            || published.Concat(reproduction).Any(r => r.BytesPerOperation >= LargeAllocationBytes);
        var shortIteration = published.Concat(reproduction).Any(r => r.OperationsPerIteration * r.NanosecondsPerOperation < ShortIterationNanoseconds);
        foreach (var (name, pick, factor, minimum) in Quantities)
        {
            if (name == OperationsName && !allocatesLarge && !shortIteration) continue;
            var here = published.Select(pick).OfType<double>().Where(double.IsFinite).ToArray();
            var there = reproduction.Select(pick).OfType<double>().Where(double.IsFinite).ToArray();
            var all = here.Concat(there).ToArray();
            if (all.Length >= 2) assessed = true;
            if (!Apart(all, factor, minimum)) continue;
            differences.Add(Apart(here, factor, minimum) || there.Length == 0
                ? $"{name} {Range(here)} across rounds" + (there.Length == 0 ? "" : $", {Range(there)} in the reproducibility run")
                : $"{name} {Range(here)} in the published run, {Range(there)} in the reproducibility run");
        }
        return new RegimeCheck(differences, assessed);
    }

    private const string OperationsName = "ops/iteration";

    private static readonly (string Name, Func<Regime, double?> Pick, double Factor, double Minimum)[] Quantities =
    [
        (OperationsName, r => r.OperationsPerIteration, OperationsFactor, 0),
        ("gen-2 GCs/op", r => r.Gen2PerOperation, Gen2Factor, Gen2MinimumDifference),
        ("page faults/op", r => r.FaultsPerOperation, FaultsFactor, FaultsMinimumDifference),
    ];

    /// <summary>Max over min above <paramref name="factor"/> (a 0 is below any positive value) and at least <paramref name="minimum"/> apart.</summary>
    private static bool Apart(IReadOnlyList<double> values, double factor, double minimum)
    {
        if (values.Count < 2) return false;
        var (min, max) = (values.Min(), values.Max());
        if (max <= 0 || max - min < minimum) return false;
        return min <= 0 || max / min > factor;
    }

    private static string Range(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return "not recorded";
        var (min, max) = (Formatting.Count(values.Min()), Formatting.Count(values.Max()));
        return min == max ? min : $"{min}–{max}";
    }
}
