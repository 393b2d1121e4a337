using PerfLab.Machine;

namespace PerfLab.Lab;

/// <summary>
/// Runs the rounds of a pass: round by round, each run once per round in the order recorded in its manifest, skipping
/// rounds already done (resume). Streams the bench program's output through, prints a progress line as each case starts,
/// and records every round's start, end, exit code and status in run.json as it goes. Ctrl-C kills the running bench
/// program, marks its round and the runs interrupted, and returns.
/// </summary>
public sealed class RoundExecutor(LabContext context)
{
    private readonly EtaEstimator eta = new();
    private readonly DateTimeOffset started = context.Time.GetUtcNow();
    private readonly Lock writing = new();

    /// <param name="runs">The pass's runs, sharing one round plan.</param>
    /// <param name="afterwards">Labels of the invocations of later passes (the reproducibility run), for the estimated finish only.</param>
    public async Task<PassOutcome> ExecuteAsync(IReadOnlyList<RunExecution> runs, IReadOnlyList<string>? afterwards = null)
    {
        var byLabel = runs.ToDictionary(r => r.Label, StringComparer.Ordinal);
        var rounds = runs[0].Manifest.RoundLog;
        var queue = rounds
            .SelectMany(round => round.Order.Select(label => (Run: byLabel[label], round.Index)))
            .Where(item => !item.Run.IsDone(item.Run.Manifest.RoundLog[item.Index - 1]))
            .ToArray();
        var kept = rounds.Count * runs.Count - queue.Length;
        if (kept > 0) context.Step($"keeping {kept} finished round(s); {queue.Length} to run");

        var failures = new List<string>();
        // What a run's rounds share on disk (the PostgreSQL seed), deleted when the pass ends, or by a watchdog if perflab dies.
        var scratches = runs.ToDictionary(r => r.Label, r => RunScratch.Create(r.Manifest.RunId), StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < queue.Length; i++)
            {
                var (run, index) = queue[i];
                var upcoming = queue.Skip(i + 1).Select(q => q.Run.Label).Concat(afterwards ?? []).ToArray();
                try
                {
                    if (!await ExecuteRoundAsync(run, index, upcoming, scratches[run.Label].Folder)) failures.Add($"{run.Label} round {index}");
                }
                catch (OperationCanceledException)
                {
                    foreach (var each in runs) each.Update(m => m with { Status = RunStatus.Interrupted, FinishedUtc = context.Time.GetUtcNow() });
                    context.Error.WriteLine($"perflab: interrupted in {run.Label} round {index}; finished rounds are kept (continue with --resume)");
                    return new PassOutcome(failures, Interrupted: true);
                }
            }
        }
        finally
        {
            foreach (var scratch in scratches.Values) scratch.Dispose();
        }

        foreach (var run in runs)
        {
            var ok = run.Manifest.RoundLog.All(run.IsDone);
            run.Update(m => m with { Status = ok ? RunStatus.Finished : RunStatus.Failed, FinishedUtc = context.Time.GetUtcNow() });
        }
        return new PassOutcome(failures, Interrupted: false);
    }

    private async Task<bool> ExecuteRoundAsync(RunExecution run, int index, IReadOnlyList<string> upcoming, string scratch)
    {
        var round = run.Manifest.RoundLog[index - 1];
        var folder = run.RoundFolder(round);
        // A round that did not finish may have left partial exports: they must not be read as a measurement.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var roundStarted = context.Time.GetUtcNow();
        context.Step($"[round {index}/{run.Manifest.Rounds}] {run.Label} (seed {round.Seed}) -> {folder}");
        run.Update(m => m.WithRound(index, r => r with { Status = RoundStatus.Running, StartedUtc = roundStarted, FinishedUtc = null, ExitCode = null }));

        var parser = new BenchmarkOutputParser();
        var spec = BenchArguments.Round(run.Tree, run.Suite, run.Manifest, round, folder, run.Commit, scratch);
        int code;
        try
        {
            code = await context.Processes.RunAsync(spec,
                line => Relay(line, parser, run, index, roundStarted, upcoming),
                line => { lock (writing) context.Error.WriteLine(line); },
                context.Cancellation);
        }
        catch (OperationCanceledException)
        {
            run.Update(m => m.WithRound(index, r => r with { Status = RoundStatus.Interrupted, FinishedUtc = context.Time.GetUtcNow() }));
            throw;
        }

        var finished = context.Time.GetUtcNow();
        var exported = RunExecution.HasExport(folder);
        var status = code == 0 && exported ? RoundStatus.Ok : RoundStatus.Failed;
        run.Update(m => m.WithRound(index, r => r with { Status = status, FinishedUtc = finished, ExitCode = code }));
        eta.Finished(run.Label, finished - roundStarted);

        var took = ProgressLine.Duration(finished - roundStarted);
        if (status == RoundStatus.Ok) context.Output.WriteLine($"    {run.Label} round {index} done in {took}");
        else context.Error.WriteLine($"perflab: {run.Label} round {index} FAILED after {took} (exit {code}{(exported ? "" : ", no export written")})");
        return status == RoundStatus.Ok;
    }

    private void Relay(string line, BenchmarkOutputParser parser, RunExecution run, int index, DateTimeOffset roundStarted, IReadOnlyList<string> upcoming)
    {
        lock (writing)
        {
            context.Output.WriteLine(line);
            if (!parser.Observe(line)) return;
            var now = context.Time.GetUtcNow();
            var left = eta.Remaining(run.Label, now - roundStarted, parser.Completed, parser.Total, upcoming);
            context.Output.WriteLine(ProgressLine.Format(index, run.Manifest.Rounds, run.Label, parser.Case, parser.Total, now - started, left, now));
        }
    }
}
