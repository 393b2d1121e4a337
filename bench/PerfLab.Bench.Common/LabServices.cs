namespace PerfLab.Bench.Common;

/// <summary>Servers a suite's cases share for a round, started by its host (<see cref="LabRunner.Run"/>).</summary>
[Flags]
public enum LabServices
{
    None = 0,

    /// <summary>
    /// One PostgreSQL server per round (<c>PerfLab.Data.Servers.PostgresForRun</c>): each case process copies its data
    /// set from a template loaded once, instead of starting a server and loading the data itself.
    /// </summary>
    Postgres = 1,
}
