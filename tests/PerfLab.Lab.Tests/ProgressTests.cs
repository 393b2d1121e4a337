namespace PerfLab.Lab.Tests;

public class ProgressTests
{
    [Fact]
    public void The_progress_line_gives_the_time_left_as_a_duration_and_the_finish_as_a_utc_clock_time()
    {
        var now = new DateTimeOffset(2026, 11, 27, 15, 52, 7, TimeSpan.FromHours(1));
        Assert.Equal("[round 2/5] orm case 14/52 elapsed 03:12, left ~12:53, done ~15:05 UTC",
            ProgressLine.Format(2, 5, "orm", 14, 52, TimeSpan.FromSeconds(192), new TimeSpan(0, 12, 53), now));
        Assert.Equal("[round 1/5] orm base case 1/? elapsed 1:02:03, left ~1:30:00, done ~16:22 UTC",
            ProgressLine.Format(1, 5, "orm base", 1, null, new TimeSpan(1, 2, 3), TimeSpan.FromMinutes(90), now));
    }

    [Fact]
    public void Without_an_estimate_the_progress_line_says_the_time_left_is_unknown()
    {
        Assert.Equal("[round 1/5] orm case 1/40 elapsed 00:07, left ?",
            ProgressLine.Format(1, 5, "orm", 1, 40, TimeSpan.FromSeconds(7), null, DateTimeOffset.UnixEpoch));
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
