using System.CommandLine;

namespace PerfLab.Reporting;

/// <summary><c>report --input &lt;dir&gt; --output &lt;dir&gt;</c>: the pages of every suite found in the input.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Folder searched recursively for BenchmarkDotNet *-report-full.json / *-report-full-compressed.json exports",
            Required = true,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder the pages are written to (its report files are replaced only when everything succeeded)",
            Required = true,
        };

        var command = new Command("report", "Write one markdown page per suite, charts, an index README.md and the raw JSON")
        {
            input,
            output,
        };
        command.SetAction(result =>
        {
            var written = ReportGenerator.Generate(result.GetValue(input)!, result.GetValue(output)!);
            result.InvocationConfiguration.Output.WriteLine($"perflab-reporting: wrote {written.Pages.Count} suite page(s) to {written.OutputFolder}");
            return Program.Success;
        });
        return command;
    }
}
