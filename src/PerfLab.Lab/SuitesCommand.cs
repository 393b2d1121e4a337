using System.CommandLine;
using System.Text.Json;

namespace PerfLab.Lab;

/// <summary><c>perflab suites [--json]</c>: the registered suites in run order, for .ci/run's loop and the workflow's matrix.</summary>
public static class SuitesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "A JSON array of the names, e.g. for a GitHub Actions matrix: [\"orm\",\"indexes\",...]" };
        var projects = new Option<bool>("--projects") { Description = "Each name followed by its bench project" };
        var parts = new Option<bool>("--parts") { Description = "Each name followed by its parts (run one with run --suite NAME --part PART), comma-separated; nothing for a suite run whole" };
        var command = new Command("suites", "List the registered suites in run order, one name per line") { json, projects, parts };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(SuiteRegistry.All.Select(s => s.Name)));
            else
            {
                foreach (var suite in SuiteRegistry.All)
                {
                    var line = result.GetValue(projects) ? $"{suite.Name}\t{suite.Project}" : suite.Name;
                    if (result.GetValue(parts)) line += $"\t{string.Join(", ", LabNames.Parts.Of(suite.Name).Select(p => p.Name))}";
                    output.WriteLine(line);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
