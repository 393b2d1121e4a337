using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite.IndexVariants;

/// <summary>
/// Loading a table clustered on a key that arrives in random order (a <c>WITHOUT ROWID</c> table keyed on email, GUID or
/// customer) touches pages all over the tree; through SQLite's default 2 MB page cache a million such inserts spend most
/// of their time re-reading pages. The tree SQLite builds depends only on the insert order, never on the cache, so a
/// larger cache shortens the build without changing the file the suite measures.
/// </summary>
internal static class RandomOrderLoad
{
    private const string LargePageCache = "PRAGMA cache_size = -262144"; // 256 MiB, for the build connection only

    public static void PrepareConnection(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = LargePageCache;
        command.ExecuteNonQuery();
    }
}
