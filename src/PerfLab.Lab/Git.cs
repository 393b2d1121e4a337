using System.Diagnostics;

namespace PerfLab.Lab;

/// <summary>The few git questions perflab asks: which commit is built (for PERFLAB_COMMIT), is a ref a commit, the base worktree of an A/B.</summary>
public sealed class Git(string repository)
{
    /// <summary>The short commit of the tree, with "-dirty" when it has uncommitted changes (results name what was measured); "unknown" outside git.</summary>
    public string CommitLabel()
    {
        var (code, head) = Run("rev-parse", "--short=12", "HEAD");
        if (code != 0 || head.Length == 0) return "unknown";
        var (_, status) = Run("status", "--porcelain");
        return status.Length > 0 ? $"{head}-dirty" : head;
    }

    /// <summary>The full commit id a ref names, or null when it names no commit.</summary>
    public string? ResolveCommit(string reference)
    {
        if (reference.StartsWith('-')) return null;
        var (code, commit) = Run("rev-parse", "--verify", "--quiet", $"{reference}^{{commit}}");
        return code == 0 && commit.Length > 0 ? commit : null;
    }

    public void AddWorktree(string folder, string commit)
    {
        var (code, text) = Run("worktree", "add", "--detach", "--force", folder, commit);
        if (code != 0) throw new BadInputException($"could not check out {commit} into a git worktree at {folder}: {text}");
    }

    public void RemoveWorktree(string folder) => Run("worktree", "remove", "--force", folder);

    private (int Code, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repository);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return (process.ExitCode, process.ExitCode == 0 ? output : error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"git not found ({e.Message})");
        }
    }
}
