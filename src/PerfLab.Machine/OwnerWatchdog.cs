using System.Diagnostics;
using System.Globalization;

namespace PerfLab.Machine;

/// <summary>
/// The safety net for a server the lab starts (PostgreSQL, Redis): a detached shell that waits for the owning process
/// to end and then runs the server's cleanup, unless the server's folder is already gone (the owner's Dispose ran).
/// An owner killed outright (a test host, a bench program) never runs its Dispose or ProcessExit handlers, and a
/// daemonised postgres would outlive it, adopted by PID 1.
/// </summary>
public static class OwnerWatchdog
{
    /// <summary>Prefix of the temporary folders of the lab's servers (<c>perflab-pg-*</c>, <c>perflab-redis-*</c>); CI checks none is left.</summary>
    public const string FolderPrefix = "perflab-";

    /// <param name="folder">The server's folder: the watchdog ends quietly once it is gone.</param>
    /// <param name="cleanup">Shell commands stopping the server and deleting <paramref name="folder"/>.</param>
    /// <param name="owner">The process whose end stops the server (default: this one).</param>
    public static void Start(string folder, string cleanup, int? owner = null)
    {
        if (!OperatingSystem.IsLinux()) return;
        var pid = (owner ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture);
        // GNU tail waits for a pid without starting a process every second (the machine may be running benchmarks);
        // the loop is for a tail without --pid. The watchdog of a disposed server ends with its owner, finding no folder.
        var wait = $"tail --pid={pid} -f /dev/null 2>/dev/null || while kill -0 {pid} 2>/dev/null; do sleep 1; done";
        var watch = $"{wait}; if [ -d {Quote(folder)} ]; then {cleanup}; fi";
        // Started in the background of a shell that exits at once: the watchdog is then nobody's child, so killing the
        // owner's process tree (perflab's Ctrl-C) spares it; it ignores the terminal's signals for the same reason.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"trap '' INT HUP TERM; ( {watch} ) </dev/null >/dev/null 2>&1 &");
        using var shell = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh for the server's watchdog");
        shell.WaitForExit();
    }

    /// <summary>A word for /bin/sh, quoted.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
