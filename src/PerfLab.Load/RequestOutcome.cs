namespace PerfLab.Load;

/// <summary>What became of one request; the default is a request that never started.</summary>
internal enum RequestOutcome : byte
{
    NotStarted,
    Completed,
    Error,
    Timeout,
}
