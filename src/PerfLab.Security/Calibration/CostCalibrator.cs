namespace PerfLab.Security.Calibration;

/// <summary>How close a calibration came to its target.</summary>
public enum CalibrationOutcome
{
    /// <summary>A measured setting cost within the tolerance of the target.</summary>
    WithinTolerance,

    /// <summary>
    /// The closest measured setting: neighbouring steps of the knob bracket the target (bcrypt's doubling), or the
    /// refinements ran out.
    /// </summary>
    Nearest,

    /// <summary>The time budget ran out before the target was bracketed: the closest setting measured so far.</summary>
    BudgetSpent,

    /// <summary>Even the knob's largest setting costs less than the target.</summary>
    AboveMaximum,

    /// <summary>Even the knob's smallest setting costs more than the target.</summary>
    BelowMinimum,
}

/// <summary>One measured setting.</summary>
public readonly record struct CostPoint(long Setting, TimeSpan Cost);

/// <summary>The setting found for one target cost, and what it cost when measured.</summary>
public sealed record CalibrationResult(TimeSpan Target, long Setting, TimeSpan Measured, CalibrationOutcome Outcome);

/// <summary>
/// Finds the settings of a hashing algorithm that cost about given times per hash on this machine: climbs from a
/// cheap setting, each step aimed at the largest target (at most 4× per step for a linear knob, 1 or 2 steps for a
/// doubling one), then for each target interpolates between the measured settings that bracket it (linearly, or in
/// log time for a doubling knob) until one costs within the tolerance, the knob's step cannot get closer, or the
/// refinements or the budget run out. Every measurement, including the discarded warm-up calls, counts against the
/// budget; the search stops measuring once the budget is spent, so it overruns it by at most one measurement.
/// </summary>
/// <remarks>
/// The clock is whatever <c>measure</c> returns: a stopwatch around one hash in the lab, a cost model in tests. One
/// measurement per setting is enough for "about 100 ms": the costs are far above timer resolution and JIT effects
/// once the warm-up has run, and noise of a few percent is inside the tolerance. The warm-up is timed, not one call: a
/// managed implementation (bcrypt) still runs partly unoptimized code after its first calls; in the lab's first run
/// with a single warm-up call, bcrypt's work factor 10 cost 77 ms in the calibration against 52 ms at steady state.
/// </remarks>
public static class CostCalibrator
{
    public const double DefaultTolerance = 0.10;
    public const int DefaultRefinements = 3;

    /// <summary>
    /// Hashing at the cheapest setting before anything is measured: enough calls for the runtime to tier up the hot
    /// methods (30 calls, then a 100 ms pause in new compilations, then a background compile).
    /// </summary>
    public static readonly TimeSpan WarmUpTime = TimeSpan.FromMilliseconds(500);

    /// <summary>Caps the warm-up's calls, for clocks that report (almost) no time.</summary>
    private const int MaxWarmUpCalls = 1_000;

    /// <summary>The largest growth of a linear knob per climbing step.</summary>
    private const double MaxLinearStep = 4.0;

    public static IReadOnlyList<CalibrationResult> Calibrate(
        CostKnob knob, Func<long, TimeSpan> measure, IReadOnlyList<TimeSpan> targets, TimeSpan budget,
        double tolerance = DefaultTolerance, int refinements = DefaultRefinements)
    {
        ArgumentNullException.ThrowIfNull(knob);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0 || targets.Any(t => t <= TimeSpan.Zero)) throw new ArgumentException("targets must be positive times", nameof(targets));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tolerance, 0);
        if (knob.Step < 1 || knob.Min > knob.Max || knob.Start < knob.Min || knob.Start > knob.Max)
            throw new ArgumentException("the knob needs Step >= 1 and Min <= Start <= Max", nameof(knob));

        var search = new Search(knob, measure, budget);
        search.WarmUp();

        // Climb until the most expensive target is reached (within tolerance), the knob tops out or the budget is spent.
        var top = targets.Max();
        var setting = knob.Start;
        var cost = search.Measure(setting);
        while (cost < top * (1 - tolerance) && setting < knob.Max && search.HasBudget)
        {
            setting = NextUp(knob, setting, cost, top);
            cost = search.Measure(setting);
        }

        return targets.Select(target => Refine(search, knob, target, tolerance, refinements)).ToArray();
    }

    private static CalibrationResult Refine(Search search, CostKnob knob, TimeSpan target, double tolerance, int refinements)
    {
        for (var round = 0; ; round++)
        {
            var best = search.Points.MinBy(p => Distance(p.Cost, target));
            if (Distance(best.Cost, target) <= Math.Log(1 + tolerance)) return Result(target, best, CalibrationOutcome.WithinTolerance);

            // Bracket by setting: the largest setting cheaper than the target, the smallest dearer one.
            var below = search.Points.Where(p => p.Cost < target).OrderByDescending(p => p.Setting).Select(p => (CostPoint?)p).FirstOrDefault();
            var above = search.Points.Where(p => p.Cost > target).OrderBy(p => p.Setting).Select(p => (CostPoint?)p).FirstOrDefault();

            long candidate;
            if (above is null)
            {
                if (below!.Value.Setting >= knob.Max) return Result(target, best, CalibrationOutcome.AboveMaximum);
                if (!search.HasBudget) return Result(target, best, CalibrationOutcome.BudgetSpent);
                candidate = NextUp(knob, below.Value.Setting, below.Value.Cost, target);
            }
            else if (below is null)
            {
                if (above.Value.Setting <= knob.Min) return Result(target, best, CalibrationOutcome.BelowMinimum);
                if (!search.HasBudget) return Result(target, best, CalibrationOutcome.BudgetSpent);
                candidate = NextDown(knob, above.Value.Setting, above.Value.Cost, target);
            }
            else
            {
                if (round >= refinements || !search.HasBudget) return Result(target, best, CalibrationOutcome.Nearest);
                if (Interpolate(knob, below.Value, above.Value, target) is not { } between) return Result(target, best, CalibrationOutcome.Nearest);
                candidate = between;
            }

            if (search.Points.Any(p => p.Setting == candidate)) return Result(target, best, CalibrationOutcome.Nearest);
            search.Measure(candidate);
        }
    }

    /// <summary>A setting strictly between the bracketing two, aimed at the target; null when the step leaves none.</summary>
    private static long? Interpolate(CostKnob knob, CostPoint below, CostPoint above, TimeSpan target)
    {
        double fraction;
        if (above.Cost <= below.Cost)
        {
            // Noise made the costs non-monotone: take the midpoint.
            fraction = 0.5;
        }
        else if (knob.Growth == CostGrowth.Doubling)
        {
            fraction = Math.Log(target / below.Cost) / Math.Log(above.Cost / below.Cost);
        }
        else
        {
            fraction = (target - below.Cost) / (above.Cost - below.Cost);
        }
        // Neighbouring steps (bcrypt's 11 and 12): nothing lies between them.
        if (above.Setting - below.Setting <= knob.Step) return null;
        var candidate = knob.Snap(below.Setting + fraction * (above.Setting - below.Setting));
        return Math.Clamp(candidate, below.Setting + knob.Step, above.Setting - knob.Step);
    }

    private static long NextUp(CostKnob knob, long setting, TimeSpan cost, TimeSpan target)
    {
        var ratio = cost <= TimeSpan.Zero ? double.PositiveInfinity : target / cost;
        long next;
        if (knob.Growth == CostGrowth.Doubling)
        {
            next = setting + (long)Math.Clamp(Math.Floor(Math.Log2(ratio)), 1, 2) * knob.Step;
        }
        else
        {
            next = knob.Snap(setting * Math.Clamp(ratio, 1.25, MaxLinearStep));
        }
        return Math.Min(Math.Max(next, setting + knob.Step), knob.Max);
    }

    private static long NextDown(CostKnob knob, long setting, TimeSpan cost, TimeSpan target)
    {
        var ratio = target / cost;
        long next;
        if (knob.Growth == CostGrowth.Doubling)
        {
            next = setting - (long)Math.Clamp(Math.Ceiling(-Math.Log2(ratio)), 1, 2) * knob.Step;
        }
        else
        {
            next = knob.Snap(setting * Math.Clamp(ratio, 1 / MaxLinearStep, 0.8));
        }
        return Math.Max(Math.Min(next, setting - knob.Step), knob.Min);
    }

    /// <summary>Distance in log time, so 50 ms and 200 ms are equally far from 100 ms.</summary>
    private static double Distance(TimeSpan cost, TimeSpan target) =>
        cost <= TimeSpan.Zero ? double.PositiveInfinity : Math.Abs(Math.Log(cost / target));

    private static CalibrationResult Result(TimeSpan target, CostPoint point, CalibrationOutcome outcome) =>
        new(target, point.Setting, point.Cost, outcome);

    /// <summary>The measurements made so far and the time they took.</summary>
    private sealed class Search(CostKnob knob, Func<long, TimeSpan> measure, TimeSpan budget)
    {
        private readonly Dictionary<long, TimeSpan> _points = new();
        private TimeSpan _spent;

        public bool HasBudget => _spent < budget;

        public IEnumerable<CostPoint> Points => _points.Select(p => new CostPoint(p.Key, p.Value));

        /// <summary>Calls at the start setting for <see cref="WarmUpTime"/> (within the budget), discarded: loading, first calls and tiering.</summary>
        public void WarmUp()
        {
            var warmUp = TimeSpan.Zero;
            for (var calls = 0; calls < MaxWarmUpCalls && warmUp < WarmUpTime && HasBudget; calls++)
            {
                var cost = measure(knob.Start);
                warmUp += cost;
                Spend(cost);
            }
        }

        public TimeSpan Measure(long setting)
        {
            var cost = measure(setting);
            Spend(cost);
            // A setting measured twice keeps its lower cost: noise only ever adds time.
            _points[setting] = _points.TryGetValue(setting, out var earlier) && earlier < cost ? earlier : cost;
            return _points[setting];
        }

        private void Spend(TimeSpan cost) => _spent += cost > TimeSpan.Zero ? cost : TimeSpan.Zero;
    }
}
