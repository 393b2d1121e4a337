namespace PerfLab.Transactions.Durability;

/// <summary>SQLite's two journal modes that keep a transaction atomic on disk (names as in <c>PRAGMA journal_mode</c>).</summary>
public enum JournalMode
{
    /// <summary>Rollback journal: the old pages are copied to a journal file, the database is changed in place, the journal is deleted to commit.</summary>
    Delete,

    /// <summary>Write-ahead log: new pages are appended to the WAL; a checkpoint copies them into the database later.</summary>
    Wal,
}
