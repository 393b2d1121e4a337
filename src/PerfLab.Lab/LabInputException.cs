namespace PerfLab.Lab;

/// <summary>Bad input found before anything is built or run; its one-line message names the problem, and perflab exits 2.</summary>
public sealed class LabInputException(string message) : Exception(message);
