using System.Diagnostics;

namespace PerfLab.Load;

/// <summary>
/// Every request's timestamps and outcome, one slot per request index, each written by the one thread running that
/// request: no locks on the hot path. The histograms are built once, after the run.
/// </summary>
internal sealed class RequestLog
{
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;
    private readonly long[] due, start, end;
    private readonly RequestOutcome[] outcome;
    private readonly string?[] errorType;

    public RequestLog(int count)
    {
        due = new long[count];
        start = new long[count];
        end = new long[count];
        outcome = new RequestOutcome[count];
        errorType = new string?[count];
    }

    public void Started(int index, long dueTimestamp, long startTimestamp)
    {
        due[index] = dueTimestamp;
        start[index] = startTimestamp;
    }

    public void Finished(int index, FinishedRequest finished)
    {
        end[index] = finished.EndTimestamp;
        errorType[index] = finished.ErrorType;
        outcome[index] = finished.Outcome;
    }

    /// <summary>The result; call only after every started request has finished.</summary>
    public LoadResult Summarize(LoadModel model, double? offeredRate, int? workers, long firstDue, TimeSpan clientCpu, TimeSpan? serverCpu)
    {
        var latency = LatencySummary.NewHistogram();
        var service = LatencySummary.NewHistogram();
        var startDelay = LatencySummary.NewHistogram();
        int completed = 0, errors = 0, timeouts = 0, notStarted = 0;
        long clamped = 0, lastEnd = firstDue;
        var errorsByType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < outcome.Length; i++)
        {
            if (outcome[i] == RequestOutcome.NotStarted)
            {
                notStarted++;
                continue;
            }
            lastEnd = Math.Max(lastEnd, end[i]);
            Record(startDelay, start[i] - due[i], ref clamped);
            switch (outcome[i])
            {
                case RequestOutcome.Completed:
                    completed++;
                    Record(latency, end[i] - due[i], ref clamped);
                    Record(service, end[i] - start[i], ref clamped);
                    break;
                case RequestOutcome.Timeout:
                    timeouts++;
                    break;
                default:
                    errors++;
                    var type = errorType[i] ?? "Exception";
                    errorsByType[type] = errorsByType.GetValueOrDefault(type) + 1;
                    break;
            }
        }
        var wall = Stopwatch.GetElapsedTime(firstDue, lastEnd);
        return new LoadResult
        {
            Model = model,
            OfferedRate = offeredRate,
            Workers = workers,
            AchievedRate = wall > TimeSpan.Zero ? completed / wall.TotalSeconds : 0,
            Requested = outcome.Length,
            Completed = completed,
            Errors = errors,
            ErrorsByType = errorsByType,
            Timeouts = timeouts,
            NotStarted = notStarted,
            Latency = LatencySummary.From(latency),
            ServiceTime = LatencySummary.From(service),
            StartDelay = LatencySummary.From(startDelay),
            ClampedValues = clamped,
            WallTime = wall,
            ClientCpuTime = clientCpu,
            ServerCpuTime = serverCpu,
            LatencyHistogram = latency,
            ServiceTimeHistogram = service,
        };
    }

    private static void Record(HdrHistogram.LongHistogram histogram, long ticks, ref long clamped)
    {
        var ns = (long)(Math.Max(0, ticks) * NanosecondsPerTick);
        if (ns > LatencySummary.HighestTrackableNs)
        {
            clamped++;
            ns = LatencySummary.HighestTrackableNs;
        }
        histogram.RecordValue(ns);
    }
}
