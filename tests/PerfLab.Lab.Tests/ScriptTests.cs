using System.Diagnostics;

namespace PerfLab.Lab.Tests;

/// <summary>
/// run-benchmarks.ps1 through PowerShell (the repository's local tool, <c>dotnet pwsh</c>): the perflab command line
/// it would run (<c>PERFLAB_SCRIPT_ECHO</c>), one argument per line, after <c>--</c>.
/// </summary>
public sealed class ScriptTests
{
    [PwshFact]
    public void A_perflab_command_is_passed_on_untouched()
    {
        Assert.Equal(["power", "--help"], Perflab(Script("power", "--help").Output));
        Assert.Equal(["suites", "--json"], Perflab(Script("suites", "--json").Output));
    }

    [PwshFact]
    public void Named_parameters_map_onto_perflab_options_engine_included()
    {
        Assert.Equal(["run", "--suite", "orm", "--engine", "PostgreSQL", "--", "--filter", "*"],
            Perflab(Script("-Suite", "orm", "-Engine", "PostgreSQL", "--filter", "*").Output));
        Assert.Equal(["run", "--suite", "orm", "--engine", "PostgreSQL", "--part", "by-id"],
            Perflab(Script("-Suite", "orm", "-Engine", "PostgreSQL", "-Part", "by-id").Output));
    }

    [PwshFact]
    public void Help_shows_the_scripts_parameters_and_then_perflabs_help()
    {
        var output = Script("--help").Output;

        Assert.Contains("-Engine <value> -> --engine", output, StringComparison.Ordinal);
        Assert.Contains("-Part <value> -> --part", output, StringComparison.Ordinal);
        Assert.Contains("-Reproducibility -> --reproducibility", output, StringComparison.Ordinal);
        Assert.Equal(["--help"], Perflab(output));
    }

    /// <summary>perflab's arguments: the echoed lines after the first <c>--</c> (dotnet run's separator).</summary>
    private static string[] Perflab(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines[(Array.IndexOf(lines, "--") + 1)..];
    }

    internal static (int ExitCode, string Output) Script(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = LabFixture.Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["pwsh", "-NoProfile", "-File", Path.Combine(LabFixture.Repository, "run-benchmarks.ps1"), .. args]) start.ArgumentList.Add(argument);
        start.Environment["PERFLAB_SCRIPT_ECHO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return (process.ExitCode, output);
    }
}

/// <summary>A fact that runs run-benchmarks.ps1: skipped, with the reason, when <c>dotnet pwsh</c> is not restored here.</summary>
public sealed class PwshFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> Available = new(() =>
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = LabFixture.Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["pwsh", "-NoProfile", "-Command", "exit 0"]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    });

    public PwshFactAttribute()
    {
        if (!Available.Value) Skip = "dotnet pwsh is not available (dotnet tool restore)";
    }
}
