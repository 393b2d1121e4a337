namespace PerfLab.Lab.Tests;

public class ProgressTests
{
    [Fact]
    public void The_progress_line_names_round_suite_case_elapsed_and_finish()
    {
        var finish = new DateTimeOffset(2026, 11, 27, 16, 5, 0, TimeSpan.Zero);
        Assert.Equal("[round 2/6] orm case 14/52 elapsed 03:12 eta 16:05",
            ProgressLine.Format(2, 6, "orm", 14, 52, TimeSpan.FromSeconds(192), finish));
        Assert.Equal("[round 1/6] orm base case 1/? elapsed 1:02:03 eta ?",
            ProgressLine.Format(1, 6, "orm base", 1, null, new TimeSpan(1, 2, 3), null));
    }

    [Fact]
    public void Nothing_known_means_no_estimate()
    {
        Assert.Null(new EtaEstimator().Remaining("orm", TimeSpan.FromSeconds(5), completedCases: 0, totalCases: 10, upcoming: ["orm"]));
    }

    [Fact]
    public void The_current_invocation_is_projected_from_its_pace()
    {
        // 10 of 40 cases in 100 s: 300 s left.
        Assert.Equal(TimeSpan.FromSeconds(300), new EtaEstimator().Remaining("orm", TimeSpan.FromSeconds(100), 10, 40, []));
    }

    [Fact]
    public void Upcoming_invocations_count_their_suites_usual_duration()
    {
        var eta = new EtaEstimator();
        eta.Finished("orm", TimeSpan.FromSeconds(400));
        eta.Finished("caching", TimeSpan.FromSeconds(100));
        eta.Finished("caching", TimeSpan.FromSeconds(200));

        // Current orm round: 100 s in, 10 of 40 cases (300 s left); then caching (150), orm (400), and indexes, never seen:
        // the average of everything finished so far (700 / 3).
        var left = eta.Remaining("orm", TimeSpan.FromSeconds(100), 10, 40, ["caching", "orm", "indexes"]);
        Assert.Equal(TimeSpan.FromSeconds(300 + 150 + 400) + TimeSpan.FromTicks(TimeSpan.FromSeconds(700).Ticks / 3), left);
    }

    [Fact]
    public void Before_the_first_case_ends_the_suites_usual_duration_is_used()
    {
        var eta = new EtaEstimator();
        eta.Finished("orm", TimeSpan.FromSeconds(400));
        Assert.Equal(TimeSpan.FromSeconds(390 + 400), eta.Remaining("orm", TimeSpan.FromSeconds(10), 0, 40, ["orm"]));
    }
}
