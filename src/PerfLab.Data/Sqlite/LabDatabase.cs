using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// A private SQLite file database (WAL mode) built from the generated data, deleted with its directory on dispose.
/// </summary>
/// <remarks>
/// With <see cref="DatabaseReuse.Cached"/> the first build of a spec is kept as a read-only template in
/// <see cref="TemplateDirectory"/> and later databases are file copies of it, so a million-row variant is built once
/// per machine rather than once per benchmark process. Every caller still gets its own copy: a benchmark that writes
/// can never change what the next one reads.
/// </remarks>
public sealed class LabDatabase : IDisposable
{
    /// <summary>Environment variable that moves the template cache (default: a folder under the temp directory).</summary>
    public const string CacheDirectoryVariable = "PERFLAB_DB_CACHE";

    /// <summary>The private directory deleted on dispose; null for a file the caller owns (<see cref="Attach"/>).</summary>
    private readonly string? _directory;
    private bool _disposed;

    private LabDatabase(DatabaseSpec spec, string? directory, string filePath, TimeSpan buildTime, bool fromTemplate)
    {
        Spec = spec;
        _directory = directory;
        FilePath = filePath;
        BuildTime = buildTime;
        FromTemplate = fromTemplate;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = filePath, Pooling = true }.ToString();
    }

    public DatabaseSpec Spec { get; }
    public string FilePath { get; }
    public string ConnectionString { get; }
    public TimeSpan BuildTime { get; }
    /// <summary>True when this database was copied from a cached template rather than built.</summary>
    public bool FromTemplate { get; }

    public static string TemplateDirectory =>
        Environment.GetEnvironmentVariable(CacheDirectoryVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "perflab-db-cache");

    public static LabDatabase Create(DatabaseSpec spec, DatabaseReuse reuse = DatabaseReuse.Cached)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var directory = Directory.CreateTempSubdirectory("perflab-db-").FullName;
        var filePath = Path.Combine(directory, spec.Variant.Name + ".db");
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var fromTemplate = false;
            if (reuse == DatabaseReuse.Cached)
            {
                File.Copy(GetOrBuildTemplate(spec), filePath);
                fromTemplate = true;
            }
            else
            {
                Build(spec, filePath);
            }
            return new LabDatabase(spec, directory, filePath, stopwatch.Elapsed, fromTemplate);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// A database file of <paramref name="spec"/> that the caller made and owns (a copy of <see cref="Template"/> in another
    /// process's folder): opened like any other, never deleted here.
    /// </summary>
    public static LabDatabase Attach(DatabaseSpec spec, string filePath)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!File.Exists(filePath)) throw new FileNotFoundException($"no database file {filePath}", filePath);
        return new LabDatabase(spec, directory: null, Path.GetFullPath(filePath), TimeSpan.Zero, fromTemplate: true);
    }

    /// <summary>The cached template of <paramref name="spec"/> (built now when absent): read-only, for callers that copy it themselves.</summary>
    public static string Template(DatabaseSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return GetOrBuildTemplate(spec);
    }

    /// <summary>An open connection; the database stays in WAL mode (a persistent setting of the file).</summary>
    public SqliteConnection OpenConnection()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Bytes on disk of the main file after a WAL checkpoint: the size the data really takes.</summary>
    public long MeasureFileSize()
    {
        using (var connection = OpenConnection())
        {
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return new FileInfo(FilePath).Length;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        // Pooled connections keep the file open; release them before deleting the directory.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        if (_directory is not null) Directory.Delete(_directory, recursive: true);
    }

    private static string GetOrBuildTemplate(DatabaseSpec spec)
    {
        var cacheDirectory = Directory.CreateDirectory(TemplateDirectory).FullName;
        var template = Path.Combine(cacheDirectory, spec.CacheFileName);
        if (File.Exists(template)) return template;

        // Build beside the cache, then publish with an atomic rename: a concurrent builder of the same spec
        // loses the race harmlessly and a crash never leaves a half-written template behind.
        var staging = Directory.CreateTempSubdirectory("perflab-build-").FullName;
        try
        {
            var built = Path.Combine(staging, spec.CacheFileName);
            Build(spec, built);
            try
            {
                File.Move(built, template, overwrite: false);
            }
            catch (IOException) when (File.Exists(template))
            {
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
        return template;
    }

    private static void Build(DatabaseSpec spec, string filePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = filePath, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL");
        // The build is reproducible from the seed, so durability during the load buys nothing.
        Execute(connection, "PRAGMA synchronous = OFF");
        // Loading a table clustered on a key that arrives in random order (WITHOUT ROWID on email, GUID or customer)
        // touches pages all over the tree; through SQLite's default 2 MB cache a million such inserts spend most of
        // their time re-reading pages. The tree depends only on the insert order, never on the cache, so a larger one
        // (256 MiB, this build connection only: it is not pooled) shortens the build without changing the file.
        Execute(connection, "PRAGMA cache_size = -262144");

        using (var transaction = connection.BeginTransaction())
        {
            foreach (var statement in spec.Variant.CreateStatements) Execute(connection, statement, transaction);
            spec.Variant.Load(connection, transaction, new CommerceDataGenerator(spec.Scale, spec.Seed));
            foreach (var statement in spec.Variant.PostLoadStatements) Execute(connection, statement, transaction);
            transaction.Commit();
        }

        // Fold the WAL into the main file so the file can be copied alone; the WAL setting itself persists.
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

public enum DatabaseReuse
{
    /// <summary>Copy a template built once per machine for the same seed, scale and variant (building it if absent).</summary>
    Cached,
    /// <summary>Build from scratch into the private directory.</summary>
    Fresh,
}
