namespace PerfLab.Load;

/// <summary>
/// What one bounded load run measured. Every request of <see cref="Requested"/> is in exactly one of
/// <see cref="Completed"/>, <see cref="Errors"/>, <see cref="Timeouts"/> and <see cref="NotStarted"/>: nothing is dropped.
/// </summary>
public sealed record LoadResult
{
    /// <summary>How the requests were issued.</summary>
    public required LoadModel Model { get; init; }

    /// <summary>Offered rate in requests per second (open loop); null for a closed loop, which offers no rate.</summary>
    public double? OfferedRate { get; init; }

    /// <summary>Closed-loop workers; null for an open loop.</summary>
    public int? Workers { get; init; }

    /// <summary>Successful requests per second: <see cref="Completed"/> over <see cref="WallTime"/>.</summary>
    public required double AchievedRate { get; init; }

    /// <summary>The request count the run was bounded to.</summary>
    public required int Requested { get; init; }

    /// <summary>Requests whose operation completed successfully within the timeout.</summary>
    public required int Completed { get; init; }

    /// <summary>Requests whose operation threw (a refused connection, a server error, ...).</summary>
    public required int Errors { get; init; }

    /// <summary><see cref="Errors"/> by the exception's type name.</summary>
    public required IReadOnlyDictionary<string, int> ErrorsByType { get; init; }

    /// <summary>Requests that had not finished when their per-request timeout expired.</summary>
    public required int Timeouts { get; init; }

    /// <summary>Requests never started because the run's time limit came first.</summary>
    public required int NotStarted { get; init; }

    /// <summary>
    /// Latency of the completed requests: completion minus intended start (open loop), so waiting behind a stall, for a
    /// free slot or for a late scheduler counts; in a closed loop, completion minus actual start.
    /// </summary>
    public required LatencySummary Latency { get; init; }

    /// <summary>Service time of the completed requests: completion minus actual start (what a closed loop reports as latency).</summary>
    public required LatencySummary ServiceTime { get; init; }

    /// <summary>Actual start minus intended start of every started request: how late the client started them (zero in a closed loop).</summary>
    public required LatencySummary StartDelay { get; init; }

    /// <summary>Values above <see cref="LatencySummary.HighestTrackableNs"/>, recorded as it.</summary>
    public required long ClampedValues { get; init; }

    /// <summary>From the first intended start to the last request's outcome.</summary>
    public required TimeSpan WallTime { get; init; }

    /// <summary>CPU time this process used during the run (the load generator, its scheduler and any in-process server).</summary>
    public required TimeSpan ClientCpuTime { get; init; }

    /// <summary>CPU time the server used during the run, when a sampler was given.</summary>
    public TimeSpan? ServerCpuTime { get; init; }

    // The distributions behind Latency and ServiceTime, kept so runs can be merged (percentiles cannot be averaged).
    // Set by the only two places a result is made (RequestLog.Summarize, Combine); no placeholder is allocated.
    internal HdrHistogram.LongHistogram LatencyHistogram { get; init; } = null!;
    internal HdrHistogram.LongHistogram ServiceTimeHistogram { get; init; } = null!;

    /// <summary>
    /// Several runs of one load as one: counts and times summed, the latency distributions merged, so the percentiles
    /// are those of every request of every run (a p99.9 from ten one-second runs rests on ten times the requests).
    /// </summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> runs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count, nameof(runs));
        if (runs.Select(r => (r.Model, r.OfferedRate, r.Workers)).Distinct().Count() > 1)
            throw new ArgumentException("Only runs of one load (model, rate, workers) combine.", nameof(runs));
        var latency = LatencySummary.NewHistogram();
        var service = LatencySummary.NewHistogram();
        var errorsByType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            latency.Add(run.LatencyHistogram);
            service.Add(run.ServiceTimeHistogram);
            foreach (var (type, count) in run.ErrorsByType) errorsByType[type] = errorsByType.GetValueOrDefault(type) + count;
        }
        var wall = TimeSpan.FromTicks(runs.Sum(r => r.WallTime.Ticks));
        var completed = runs.Sum(r => r.Completed);
        return new LoadResult
        {
            Model = runs[0].Model,
            OfferedRate = runs[0].OfferedRate,
            Workers = runs[0].Workers,
            AchievedRate = wall > TimeSpan.Zero ? completed / wall.TotalSeconds : 0,
            Requested = runs.Sum(r => r.Requested),
            Completed = completed,
            Errors = runs.Sum(r => r.Errors),
            ErrorsByType = errorsByType,
            Timeouts = runs.Sum(r => r.Timeouts),
            NotStarted = runs.Sum(r => r.NotStarted),
            Latency = LatencySummary.From(latency),
            ServiceTime = LatencySummary.From(service),
            // Start delays are not kept as histograms: the worst run's summary stands for all.
            StartDelay = runs.Select(r => r.StartDelay).MaxBy(d => d.MaxNs)!,
            ClampedValues = runs.Sum(r => r.ClampedValues),
            WallTime = wall,
            ClientCpuTime = TimeSpan.FromTicks(runs.Sum(r => r.ClientCpuTime.Ticks)),
            ServerCpuTime = runs.All(r => r.ServerCpuTime is not null) ? TimeSpan.FromTicks(runs.Sum(r => r.ServerCpuTime!.Value.Ticks)) : null,
            LatencyHistogram = latency,
            ServiceTimeHistogram = service,
        };
    }
}
