namespace PerfLab.Reporting.Exports;

/// <summary>
/// Input the tool cannot use: a missing folder, no exports, malformed JSON, a file that is not a BenchmarkDotNet
/// export, an export where nothing was measured. The message is one line that names the file (or folder) and what is
/// wrong; the command-line front end prints it to stderr and exits with code 2.
/// </summary>
public sealed class ReportInputException : Exception
{
    public ReportInputException(string message) : base(message)
    {
    }

    public ReportInputException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
