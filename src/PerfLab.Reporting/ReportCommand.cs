using System.CommandLine;

namespace PerfLab.Reporting;

/// <summary>
/// <c>report --input &lt;dir&gt; --output &lt;dir&gt; [--findings &lt;file&gt; [--readme &lt;file&gt;]]</c>: the pages of every suite found in
/// the input, with the run-to-run page when the input holds two runs of a suite. Ctrl-C before the commit point stops
/// the work and keeps the old output.
/// </summary>
public static class ReportCommand
{
    /// <param name="defaultFindings">The findings file used without <c>--findings</c> when it exists (perflab: the repository's bench/findings.json).</param>
    /// <param name="sourceRoot">The repository whose bench/ code the pages link each technique to (perflab: the repository); null: no links.</param>
    public static Command Create(string? defaultFindings = null, string? sourceRoot = null)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Folder searched recursively for BenchmarkDotNet *-report-full.json / *-report-full-compressed.json exports (also .json.gz): " +
                          "every round of a suite's run and, optionally, of its reproducibility run",
            Required = true,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder the pages are written to (its report files are replaced only when everything succeeded; other files are never touched)",
            Required = true,
        };
        var findings = new Option<string>("--findings")
        {
            Description = "Headline findings file: each finding's ratio and claims are checked and rendered in the index, with the engines notes and " +
                          "break-even points (default: the repository's bench/findings.json)",
        };
        var readme = new Option<string>("--readme")
        {
            Description = "Also write the findings table into this markdown file, between its perflab:findings markers (needs --findings and a results-profile run)",
        };

        var command = new Command("report", "Write one markdown page per suite, charts, an index README.md, the run-to-run page and the raw JSON")
        {
            input,
            output,
            findings,
            readme,
        };
        command.SetAction((result, cancellation) =>
        {
            var findingsPath = result.GetValue(findings) ?? (File.Exists(defaultFindings) ? defaultFindings : null);
            var configuration = result.InvocationConfiguration;
            Write(result.GetValue(input)!, result.GetValue(output)!, new ReportOptions(findingsPath, result.GetValue(readme)) { SourceRoot = sourceRoot }, configuration.Output, configuration.Error, cancellation);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>
    /// The report as the command makes it (<see cref="ReportGenerator.Generate"/>), with its summary line on
    /// <paramref name="log"/> and the findings' warnings on <paramref name="error"/>: what perflab run calls.
    /// </summary>
    /// <exception cref="BadInputException">The input cannot be reported; nothing in the output changed.</exception>
    public static GeneratedReport Write(string input, string output, ReportOptions options, TextWriter log, TextWriter error, CancellationToken cancellation = default)
    {
        var written = ReportGenerator.Generate(input, output, options, cancellation);
        log.WriteLine($"perflab report: wrote {written.Pages.Count} suite page(s) to {written.OutputFolder}");
        foreach (var warning in written.Warnings) error.WriteLine($"perflab report: warning: finding {warning}");
        return written;
    }
}
