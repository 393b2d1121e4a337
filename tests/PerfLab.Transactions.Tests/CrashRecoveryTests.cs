using System.Diagnostics;
using System.Globalization;
using PerfLab.Data.Sqlite;
using PerfLab.Transactions.Crash;
using PerfLab.Transactions.Durability;
using Xunit.Abstractions;

namespace PerfLab.Transactions.Tests;

/// <summary>
/// Durability and atomicity against a process crash, proved: a child process commits transactions and acknowledges
/// each on stdout after COMMIT returned; the test kills it with SIGKILL at a seeded random moment, reopens the
/// database (SQLite recovers it) and checks that every acknowledged commit is there under each setting that promises
/// it (every setting, against a process crash), that no transaction is partly visible, and that
/// <c>PRAGMA integrity_check</c> says ok. <see cref="TrialsPerSetting"/> trials per setting, 60 in all, one database per
/// setting (each trial also re-checks the earlier trials' commits after another recovery). Power loss cannot be
/// simulated in a process: this proves nothing about it.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    public const int TrialsPerSetting = 10;

    /// <summary>The kill comes this long after the writer said it is ready (seeded per setting and trial).</summary>
    private const int MinKillDelayMs = 5;
    private const int MaxKillDelayMs = 120;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Settings() => [.. DurabilitySetting.All.Select(s => s.ToString())];

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Killing_the_writer_loses_no_acknowledged_commit_and_leaves_no_partial_transaction(string settingName)
    {
        var setting = DurabilitySetting.Parse(settingName);
        var random = new Random(20261127 + DurabilitySetting.All.ToList().IndexOf(setting));
        using var database = LabDatabase.Create(new DatabaseSpec(CommitLogSchema.Instance, 1));
        var acknowledged = new HashSet<long>();
        var stopwatch = Stopwatch.StartNew();
        CrashCheck? check = null;

        for (var trial = 1; trial <= TrialsPerSetting; trial++)
        {
            var acks = await RunAndKillAsync(database.FilePath, setting, random.Next(MinKillDelayMs, MaxKillDelayMs + 1));
            acknowledged.UnionWith(acks);
            check = CrashCheck.Inspect(database.FilePath, acknowledged);

            Assert.True(check.IntegrityOk, $"{setting} trial {trial}: integrity_check: {check.IntegrityCheck}");
            Assert.Equal(0, check.PartialTransactions);
            if (setting.SurvivesProcessCrash) Assert.Equal(0, check.MissingAcknowledged);
        }

        Assert.NotNull(check);
        Assert.True(check.Acknowledged > 0, $"{setting}: the writer was never killed after a commit");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{setting}: {TrialsPerSetting} kills, {check.Acknowledged} acknowledged commits, {check.MissingAcknowledged} lost, " +
            $"{check.Committed - check.Acknowledged} committed but not yet acknowledged, {check.PartialTransactions} partial, " +
            $"integrity {check.IntegrityCheck}, {stopwatch.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>Starts the writer, waits for it to be ready, kills it (SIGKILL) after the delay; returns the complete acknowledgement lines.</summary>
    private static async Task<IReadOnlyList<long>> RunAndKillAsync(string databasePath, DurabilitySetting setting, int killDelayMs)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PerfLab.Transactions.CrashWriter.dll"));
        start.ArgumentList.Add(databasePath);
        start.ArgumentList.Add(setting.ToString());

        using var writer = Process.Start(start)!;
        var errors = writer.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(ReadyTimeout);
            var first = await writer.StandardOutput.ReadLineAsync(timeout.Token);
            if (first != CommitLogWriter.Ready)
            {
                throw new InvalidOperationException($"the crash writer did not start: '{first}' {await errors}");
            }
            var rest = writer.StandardOutput.ReadToEndAsync();
            await Task.Delay(killDelayMs);
            // On Unix, Kill sends SIGKILL: no handler, no flush, no finalizer runs in the child.
            writer.Kill();
            await writer.WaitForExitAsync();
            var text = await rest;
            // Only lines ended by a newline were acknowledged; a kill mid-write leaves a fragment after the last one.
            var complete = text[..(text.LastIndexOf('\n') + 1)];
            return [.. complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => long.Parse(line, CultureInfo.InvariantCulture))];
        }
        finally
        {
            if (!writer.HasExited) writer.Kill();
        }
    }

    /// <summary>The dotnet host running these tests (testhost runs under it), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : "dotnet";
}
