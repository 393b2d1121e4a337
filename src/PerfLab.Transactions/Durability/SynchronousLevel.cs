namespace PerfLab.Transactions.Durability;

/// <summary>How often SQLite waits for the disk (<c>PRAGMA synchronous</c>); EXTRA is left out (FULL plus a directory sync in DELETE mode).</summary>
public enum SynchronousLevel
{
    Off,
    Normal,
    Full,
}
