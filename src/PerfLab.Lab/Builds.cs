namespace PerfLab.Lab;

/// <summary>The Release build of the suites' bench projects in one tree, once before any round (rounds then run with --no-build).</summary>
public static class Builds
{
    public static async Task<bool> RunAsync(LabContext context, string tree, IReadOnlyList<Suite> suites)
    {
        foreach (var suite in suites)
        {
            context.Step($"Building {suite.Project} (Release) in {tree}");
            var code = await context.Processes.RunAsync(BenchArguments.Build(tree, suite), context.Output.WriteLine, context.Error.WriteLine, context.Cancellation);
            if (code != 0)
            {
                context.Error.WriteLine($"perflab: build of {suite.Project} in {tree} failed (exit {code}); nothing was run");
                return false;
            }
        }
        return true;
    }
}
