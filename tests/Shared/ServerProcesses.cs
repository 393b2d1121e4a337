namespace PerfLab.Tests.Shared;

/// <summary>The processes of a server the lab started, found by the folder they run in (postgres and redis-server chdir into theirs).</summary>
public static class ServerProcesses
{
    /// <summary>The ids of the running processes named <paramref name="name"/> whose working folder or command line is in <paramref name="folder"/>.</summary>
    public static int[] In(string name, string folder) =>
        Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Read($"/proc/{pid}/comm")?.Trim() == name && Runs(pid, folder))
            .ToArray();

    /// <summary>Waits up to <paramref name="timeout"/> for the folder and its processes to be gone; true if they are.</summary>
    public static bool GoneWithin(string name, string folder, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Directory.Exists(folder) || In(name, folder).Length > 0)
        {
            if (DateTime.UtcNow > deadline) return false;
            Thread.Sleep(100);
        }
        return true;
    }

    private static bool Runs(int pid, string folder)
    {
        string? cwd;
        try
        {
            cwd = new FileInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cwd = null;
        }
        return (cwd is not null && cwd.StartsWith(folder, StringComparison.Ordinal))
            || (Read($"/proc/{pid}/cmdline")?.Contains(folder, StringComparison.Ordinal) ?? false);
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended meanwhile, or is not ours to read
        }
    }
}
