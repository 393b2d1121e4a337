using System.Diagnostics;

namespace PerfLab.Lab.Tests;

/// <summary>A throw-away git repository shaped like the lab (PerfLab.sln, the suites' project folders), one commit deep.</summary>
internal sealed class ScratchRepository : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"perflab-repo-{Guid.NewGuid():N}");

    public ScratchRepository()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "PerfLab.sln"), "");
        foreach (var suite in SuiteRegistry.All)
        {
            var project = Path.Combine(Root, suite.Project);
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, $"{Path.GetFileName(project)}.csproj"), "<Project />");
        }
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=perflab", "-c", "user.email=perflab@example.invalid", "commit", "-q", "-m", "scratch");
    }

    public string Head => Git("rev-parse", "HEAD");

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed");
        return output;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
