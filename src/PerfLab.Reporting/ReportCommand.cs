using System.CommandLine;

namespace PerfLab.Reporting;

/// <summary>
/// <c>report --input &lt;dir&gt; --output &lt;dir&gt; [--findings &lt;file&gt; [--readme &lt;file&gt;]] [--second-run &lt;comparison.json&gt;]</c>:
/// the pages of every suite found in the input.
/// </summary>
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

        var findings = new Option<string>("--findings")
        {
            Description = "Headline findings file (bench/findings.json): each finding's ratio is measured and rendered in the index",
        };
        var readme = new Option<string>("--readme")
        {
            Description = "Also write the findings table into this markdown file, between its perflab:findings markers (needs --findings)",
        };
        var secondRun = new Option<string>("--second-run")
        {
            Description = "A `compare --json` of this run with a second run of the same build: results that moved more than 10% are marked unstable",
        };

        var command = new Command("report", "Write one markdown page per suite, charts, an index README.md and the raw JSON")
        {
            input,
            output,
            findings,
            readme,
            secondRun,
        };
        command.SetAction(result =>
        {
            var options = new ReportOptions(result.GetValue(findings), result.GetValue(readme), result.GetValue(secondRun));
            var written = ReportGenerator.Generate(result.GetValue(input)!, result.GetValue(output)!, options);
            result.InvocationConfiguration.Output.WriteLine($"perflab-reporting: wrote {written.Pages.Count} suite page(s) to {written.OutputFolder}");
            foreach (var warning in written.Warnings) result.InvocationConfiguration.Error.WriteLine($"perflab-reporting: warning: finding {warning}");
            return Program.Success;
        });
        return command;
    }
}
