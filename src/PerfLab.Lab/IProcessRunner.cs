namespace PerfLab.Lab;

/// <summary>Runs the builds and bench programs; tests substitute a fake so orchestration is tested without building or measuring.</summary>
public interface IProcessRunner
{
    /// <summary>Runs to the end, handing each stdout/stderr line over as it comes; on cancellation kills the whole process tree and throws <see cref="OperationCanceledException"/>.</summary>
    Task<int> RunAsync(ProcessSpec spec, Action<string> output, Action<string> error, CancellationToken cancellation);
}
