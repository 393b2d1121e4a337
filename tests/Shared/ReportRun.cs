using PerfLab.Lab;

namespace PerfLab.Tests.Shared;

/// <summary>Runs the command-line tool (perflab's one host, <see cref="LabCli"/>) in process and captures what it prints.</summary>
internal sealed record ReportRun(int ExitCode, string Output, string Error)
{
    /// <summary>
    /// No repository: <c>report</c> has no default findings file (the tests give theirs with --findings), and there is
    /// no published results folder for perflab to check first.
    /// </summary>
    private static readonly string NoRepository = Path.Combine(AppContext.BaseDirectory, "no-repository");

    public static ReportRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new LabContext(NoRepository, new ChildProcessRunner(), output, error, TimeProvider.System, CancellationToken.None);
        var exitCode = LabCli.RunAsync(args, context).GetAwaiter().GetResult();
        return new ReportRun(exitCode, output.ToString(), error.ToString());
    }

    public static ReportRun Report(string input, string output) => Of("report", "--input", input, "--output", output);

    /// <summary>Reports <paramref name="input"/> into a scratch folder (asserting success) and returns one generated page.</summary>
    public static string Page(string input, string page)
    {
        using var scratch = new ScratchFolder();
        var run = Report(input, scratch.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(scratch.Combine("out", page));
    }

    /// <summary>Every file under a folder, relative path → bytes, in ordinal order.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
