namespace PerfLab.Load;

/// <summary>
/// One load case: a request offered open loop at a share (<see cref="LoadLevel"/>) of the rate one connection sustains
/// calling it back to back. The capacity is measured, not configured, so the same case offers the same utilization on
/// a slower machine, and the percentiles compare as latency at that utilization. Each <see cref="Run"/> is one bounded
/// open-loop run of <see cref="RunTime"/>.
/// </summary>
public sealed class OfferedLoad
{
    /// <summary>Length of one run: long enough for a thousand requests at the lab's slowest rates, short enough for ten per round.</summary>
    public static readonly TimeSpan RunTime = TimeSpan.FromSeconds(1);

    /// <summary>A request that has not answered in this long is a timeout: a thousand times a loopback call.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Most requests in flight: far above what the offered shares need, so only a stall fills it.</summary>
    public const int MaxOutstanding = 256;

    private readonly Func<CancellationToken, ValueTask> _request;
    private readonly OpenLoopRunner _runner;

    private OfferedLoad(Func<CancellationToken, ValueTask> request, LoadLevel level, double capacityRate, Func<TimeSpan>? serverCpu)
    {
        _request = request;
        CapacityRate = capacityRate;
        OfferedFraction = Fraction(level);
        OfferedRate = capacityRate * OfferedFraction;
        _runner = new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = OfferedRate,
            RequestCount = (int)Math.Ceiling(OfferedRate * RunTime.TotalSeconds),
            // The schedule ends within RunTime; the margin only lets a late scheduler catch up instead of dropping requests.
            TimeLimit = RunTime * 2,
            RequestTimeout = RequestTimeout,
            MaxOutstanding = MaxOutstanding,
            ServerCpuTime = serverCpu,
        });
    }

    /// <summary>Requests per second one connection completed calling the request back to back (closed loop, one worker).</summary>
    public double CapacityRate { get; }

    /// <summary><see cref="OfferedRate"/> ÷ <see cref="CapacityRate"/>.</summary>
    public double OfferedFraction { get; }

    /// <summary>Requests per second offered.</summary>
    public double OfferedRate { get; }

    public static double Fraction(LoadLevel level) => level switch
    {
        LoadLevel.Quarter => 0.25,
        LoadLevel.Half => 0.5,
        LoadLevel.ThreeQuarters => 0.75,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>
    /// Measures the capacity and returns the case: after a warm-up run (so the first calls' JIT and connection setup are
    /// not in it), the median rate of <see cref="CapacityRuns"/> back-to-back runs, each half a <see cref="RunTime"/>: one
    /// run alone moved by up to 2× between processes when something else woke on the machine. Fails when no request of
    /// the measurement succeeded: there is nothing to offer a share of.
    /// </summary>
    public static async Task<OfferedLoad> MeasureAsync(Func<CancellationToken, ValueTask> request, LoadLevel level, Func<TimeSpan>? serverCpu = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var backToBack = new ClosedLoopRunner(new ClosedLoopOptions
        {
            Workers = 1,
            // Above what one loopback connection completes in a run; reaching it would still give the rate (over a shorter wall time).
            RequestCount = 200_000,
            TimeLimit = RunTime / 2,
            RequestTimeout = RequestTimeout,
        });
        await backToBack.RunAsync(request).ConfigureAwait(false);
        var runs = new List<LoadResult>();
        for (var i = 0; i < CapacityRuns; i++) runs.Add(await backToBack.RunAsync(request).ConfigureAwait(false));
        var completed = runs.Sum(r => r.Completed);
        if (completed == 0)
            throw new InvalidOperationException($"No request completed while measuring capacity ({runs.Sum(r => r.Errors)} errors, {runs.Sum(r => r.Timeouts)} timeouts).");
        var capacity = runs.Select(r => r.AchievedRate).Order().ElementAt(CapacityRuns / 2);
        return new OfferedLoad(request, level, capacity, serverCpu);
    }

    /// <summary>Back-to-back runs whose median rate is the capacity.</summary>
    public const int CapacityRuns = 5;

    /// <summary>One open-loop run at <see cref="OfferedRate"/>.</summary>
    public LoadResult Run() => _runner.RunAsync(_request).GetAwaiter().GetResult();
}
