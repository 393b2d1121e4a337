using System.Globalization;

namespace PerfLab.Security.Calibration;

/// <summary>The settings found for one subject, one per target cost; or why it could not be calibrated.</summary>
public sealed record SubjectCalibration(CalibrationSubject Subject, IReadOnlyList<CalibrationResult> Results, string? Error = null)
{
    /// <summary>One line for a report, e.g. <c>100 ms ≈ wf=11 (118 ms); 250 ms ≈ wf=12 (236 ms)</c>.</summary>
    public string Describe() => Error is not null
        ? $"not calibrated: {Error}"
        : string.Join("; ", Results.Select(r =>
            $"{Milliseconds(r.Target)} ≈ {Subject.Knob.Describe(r.Setting)} ({Milliseconds(r.Measured)}{Note(r.Outcome)})"));

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private static string Note(CalibrationOutcome outcome) => outcome switch
    {
        CalibrationOutcome.BudgetSpent => ", budget spent",
        CalibrationOutcome.AboveMaximum => ", largest setting tried",
        CalibrationOutcome.BelowMinimum => ", smallest setting tried",
        _ => "",
    };
}

/// <summary>
/// The suite's calibration: for every subject, the settings that cost about 100 ms and 250 ms per hash on this
/// machine, within one total time budget (each subject gets an equal share of what the ones before it left).
/// </summary>
public static class SuiteCalibration
{
    public static readonly IReadOnlyList<TimeSpan> Targets = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250)];

    /// <summary>
    /// Hashing time for all subjects together, warm-ups included (0.5 s each); each may overrun its share by one
    /// measurement. About 1.7 s per subject: the climb and the refinements of two targets.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(12);

    /// <param name="clock">How to time one hash of a subject at a setting; default: a stopwatch around a real hash.</param>
    public static IReadOnlyList<SubjectCalibration> Run(
        IReadOnlyList<CalibrationSubject> subjects, IReadOnlyList<TimeSpan> targets, TimeSpan budget,
        Func<CalibrationSubject, Func<long, TimeSpan>>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var results = new List<SubjectCalibration>(subjects.Count);
        var spent = TimeSpan.Zero;
        for (var i = 0; i < subjects.Count; i++)
        {
            var subject = subjects[i];
            Func<long, TimeSpan> time = clock is null ? subject.TimeOneHash : clock(subject);
            var share = (budget - spent) / (subjects.Count - i);
            try
            {
                var calibration = CostCalibrator.Calibrate(subject.Knob, setting =>
                {
                    var cost = time(setting);
                    spent += cost;
                    return cost;
                }, targets, share);
                results.Add(new SubjectCalibration(subject, calibration));
            }
            catch (Exception e)
            {
                // One implementation failing (e.g. refused memory) must not cost the others their calibration.
                results.Add(new SubjectCalibration(subject, [], $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return results;
    }
}
