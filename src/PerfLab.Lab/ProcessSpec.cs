namespace PerfLab.Lab;

/// <summary>A child process to start: the program, its arguments exactly as given (no shell, no wildcard expansion), where, and extra environment.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment)
{
    public override string ToString() => $"{FileName} {string.Join(' ', Arguments)}";
}
