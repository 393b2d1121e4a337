using PerfLab.Security.Calibration;
using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

/// <summary>The calibration's search, on cost models instead of a clock: deterministic, instant, never a speed assertion.</summary>
public sealed class CostCalibratorTests
{
    private static readonly TimeSpan[] Targets = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250)];

    /// <summary>PBKDF2-like: 250 ns per iteration, so 400,000 iterations cost 100 ms and 1,000,000 cost 250 ms.</summary>
    private static TimeSpan LinearCost(long iterations) => TimeSpan.FromTicks((long)(iterations * 2.5));

    /// <summary>bcrypt-like: 0.1 ms × 2^wf, so wf 10 costs 102 ms, 11 costs 205 ms and 12 costs 410 ms.</summary>
    private static TimeSpan DoublingCost(long workFactor) => TimeSpan.FromTicks(1_000L << (int)workFactor);

    [Fact]
    public void A_linear_knob_lands_within_the_tolerance_of_each_target()
    {
        var results = CostCalibrator.Calibrate(CalibrationSubjects.Pbkdf2Iterations, LinearCost, Targets, TimeSpan.FromSeconds(10));

        Assert.Collection(results,
            r =>
            {
                Assert.Equal(CalibrationOutcome.WithinTolerance, r.Outcome);
                Assert.InRange(r.Setting, 370_000, 430_000);
                Assert.Equal(LinearCost(r.Setting), r.Measured);
            },
            r =>
            {
                Assert.Equal(CalibrationOutcome.WithinTolerance, r.Outcome);
                Assert.InRange(r.Setting, 920_000, 1_080_000);
            });
    }

    [Fact]
    public void A_doubling_knob_picks_the_nearest_step_when_no_step_is_within_the_tolerance()
    {
        var results = CostCalibrator.Calibrate(CalibrationSubjects.BcryptWorkFactor, DoublingCost, Targets, TimeSpan.FromSeconds(10));

        Assert.Equal(10, results[0].Setting);
        Assert.Equal(CalibrationOutcome.WithinTolerance, results[0].Outcome);
        // 205 ms is nearer 250 ms than 410 ms is, in log time; nothing lies between 11 and 12.
        Assert.Equal(11, results[1].Setting);
        Assert.Equal(CalibrationOutcome.Nearest, results[1].Outcome);
    }

    [Fact]
    public void The_first_call_is_a_discarded_warm_up_at_the_starting_setting()
    {
        var calls = new List<long>();
        var warm = false;

        var results = CostCalibrator.Calibrate(CalibrationSubjects.Pbkdf2Iterations, setting =>
        {
            calls.Add(setting);
            // A cold first call costs ten times more; were it kept, the start would look far dearer than it is.
            var cost = warm ? LinearCost(setting) : LinearCost(setting) * 10;
            warm = true;
            return cost;
        }, Targets, TimeSpan.FromSeconds(10));

        Assert.Equal(CalibrationSubjects.Pbkdf2Iterations.Start, calls[0]);
        Assert.Equal(CalibrationSubjects.Pbkdf2Iterations.Start, calls[1]);
        Assert.All(results, r => Assert.Equal(CalibrationOutcome.WithinTolerance, r.Outcome));
    }

    [Fact]
    public void The_search_stops_measuring_once_its_budget_is_spent()
    {
        var spent = TimeSpan.Zero;
        var largest = TimeSpan.Zero;
        var budget = TimeSpan.FromMilliseconds(300);

        var results = CostCalibrator.Calibrate(CalibrationSubjects.Pbkdf2Iterations, setting =>
        {
            var cost = LinearCost(setting);
            spent += cost;
            largest = cost > largest ? cost : largest;
            return cost;
        }, Targets, budget);

        // It may overrun by the one measurement that crossed the budget, never more.
        Assert.True(spent <= budget + largest, $"spent {spent} of {budget}");
        Assert.Contains(results, r => r.Outcome is CalibrationOutcome.BudgetSpent or CalibrationOutcome.Nearest);
    }

    [Fact]
    public void A_knob_whose_largest_setting_is_too_cheap_says_so()
    {
        var knob = CalibrationSubjects.Pbkdf2Iterations with { Max = 100_000 };

        var results = CostCalibrator.Calibrate(knob, LinearCost, Targets, TimeSpan.FromSeconds(10));

        Assert.All(results, r =>
        {
            Assert.Equal(CalibrationOutcome.AboveMaximum, r.Outcome);
            Assert.Equal(100_000, r.Setting);
        });
    }

    [Fact]
    public void A_knob_whose_smallest_setting_is_too_dear_says_so()
    {
        var knob = CalibrationSubjects.BcryptWorkFactor with { Start = 4, Min = 4 };

        var results = CostCalibrator.Calibrate(knob, _ => TimeSpan.FromSeconds(1), Targets, TimeSpan.FromSeconds(10));

        Assert.All(results, r =>
        {
            Assert.Equal(CalibrationOutcome.BelowMinimum, r.Outcome);
            Assert.Equal(4, r.Setting);
        });
    }

    [Fact]
    public void A_start_dearer_than_the_target_searches_downwards()
    {
        var knob = CalibrationSubjects.Pbkdf2Iterations with { Start = 2_000_000 };

        var results = CostCalibrator.Calibrate(knob, LinearCost, Targets, TimeSpan.FromSeconds(10));

        Assert.All(results, r => Assert.Equal(CalibrationOutcome.WithinTolerance, r.Outcome));
        Assert.InRange(results[0].Setting, 370_000, 430_000);
    }

    [Fact]
    public void The_suite_calibration_shares_one_budget_and_a_failing_subject_does_not_stop_the_others()
    {
        var failing = CalibrationSubjects.Bcrypt with { Name = "Failing" };
        var subjects = new[] { CalibrationSubjects.Pbkdf2Sha256, failing, CalibrationSubjects.Argon2idSodium };

        var results = SuiteCalibration.Run(subjects, Targets, TimeSpan.FromSeconds(30), subject => subject.Name switch
        {
            "Failing" => _ => throw new InsufficientMemoryException("no memory"),
            "Argon2idSodium" => memoryKiB => TimeSpan.FromTicks(memoryKiB * 50), // 5 µs per KiB: 100 ms at 20,000 KiB
            _ => LinearCost,
        });

        Assert.Equal(["Pbkdf2Sha256", "Failing", "Argon2idSodium"], results.Select(r => r.Subject.Name));
        Assert.Equal("not calibrated: InsufficientMemoryException: no memory", results[1].Describe());
        Assert.StartsWith("100 ms ≈ i=", results[0].Describe(), StringComparison.Ordinal);
        Assert.Contains("; 250 ms ≈ i=", results[0].Describe(), StringComparison.Ordinal);
        Assert.StartsWith("100 ms ≈ m=", results[2].Describe(), StringComparison.Ordinal);
        Assert.Contains(",t=2,p=1 (", results[2].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_calibration_is_described_in_one_line()
    {
        var calibration = new SubjectCalibration(CalibrationSubjects.Bcrypt,
        [
            new CalibrationResult(TimeSpan.FromMilliseconds(100), 10, TimeSpan.FromMilliseconds(102.4), CalibrationOutcome.WithinTolerance),
            new CalibrationResult(TimeSpan.FromMilliseconds(250), 11, TimeSpan.FromMilliseconds(204.8), CalibrationOutcome.BudgetSpent),
        ]);

        Assert.Equal("100 ms ≈ wf=10 (102 ms); 250 ms ≈ wf=11 (205 ms, budget spent)", calibration.Describe());
    }

    [Fact]
    public void Every_tunable_catalog_hasher_has_a_subject_and_the_fast_hashes_none()
    {
        foreach (var hasher in PasswordHasherCatalog.All)
        {
            var subject = CalibrationSubjects.For(hasher);
            if (hasher is Sha256UnsaltedHasher or Sha256SaltedHasher)
            {
                Assert.Null(subject);
                continue;
            }
            Assert.NotNull(subject);
            Assert.Contains(subject, CalibrationSubjects.All);
        }
        Assert.Equal(CalibrationSubjects.All.Count, CalibrationSubjects.All.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void A_subject_builds_hashers_at_the_setting_it_is_given()
    {
        Assert.Equal("bcrypt wf=5", CalibrationSubjects.Bcrypt.Create(5).Setting);
        Assert.Equal("pbkdf2-sha256 i=3000", CalibrationSubjects.Pbkdf2Sha256.Create(3_000).Setting);
        Assert.Equal("pbkdf2-sha512 i=3000", CalibrationSubjects.IdentityV3.Create(3_000).Setting);
        Assert.Equal("argon2id m=2048,t=2,p=1", CalibrationSubjects.Argon2idKonscious.Create(2_048).Setting);
        Assert.True(CalibrationSubjects.Argon2idSodium.TimeOneHash(1_024) > TimeSpan.Zero);
    }
}
