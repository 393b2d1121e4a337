namespace PerfLab.Bench.Common;

/// <summary>Bad command-line input: reported as one line and a non-zero exit, never a stack trace.</summary>
public sealed class LabUsageException(string message) : Exception(message);
