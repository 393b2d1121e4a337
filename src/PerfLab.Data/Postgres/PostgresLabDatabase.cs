using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfLab.Data.Servers;

namespace PerfLab.Data.Postgres;

/// <summary>
/// A private PostgreSQL database holding the commerce data set at a scale and seed, on a given server: a copy
/// (<c>CREATE DATABASE … TEMPLATE</c>, a file-level copy) of a template database that is loaded once per server and
/// data set (<see cref="PostgresCommerce.Load"/>, verified by the generator's checksum), then dropped on dispose. On a
/// server that lives for a whole run (<see cref="PostgresServer.ConnectionStringVariable"/>), every benchmark process
/// gets its own database without loading the data again; a write in one never reaches the next.
/// </summary>
public sealed class PostgresLabDatabase : IDisposable
{
    private readonly string _adminConnectionString;

    private PostgresLabDatabase(string adminConnectionString, string? unixSocketConnectionString, string name, string template, bool loadedTemplate, int scale, int seed)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        Scale = scale;
        Seed = seed;
        UnixSocketConnectionString = unixSocketConnectionString is null ? null : new NpgsqlConnectionStringBuilder(unixSocketConnectionString) { Database = name }.ConnectionString;
        Template = template;
        LoadedTemplate = loadedTemplate;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>This database's name (unique per instance).</summary>
    public string Name { get; }

    /// <summary>The template it was copied from: <see cref="TemplateName"/> of its data set.</summary>
    public string Template { get; }

    /// <summary>True when this instance loaded the template (the first on the server), false when it only copied it.</summary>
    public bool LoadedTemplate { get; }

    /// <summary>The server's connection string, pointed at this database.</summary>
    public string ConnectionString { get; }

    /// <summary>The same database over the server's Unix socket; null when none was given (an existing server reached over TCP only).</summary>
    public string? UnixSocketConnectionString { get; }

    /// <summary>Customers in the data set (the generator's scale).</summary>
    public int Scale { get; }

    /// <summary>The generator's seed.</summary>
    public int Seed { get; }

    /// <summary>
    /// The template's name for a data set: scale, seed and a fingerprint of the schema and data version (and of a
    /// caller's extra setup statements), so a changed definition never reuses an old template (as SQLite's cached
    /// templates, <see cref="DatabaseSpec.CacheFileName"/>).
    /// </summary>
    public static string TemplateName(int scale, int seed, IReadOnlyList<string>? setup = null)
    {
        var text = string.Join("\n", [CommerceSchema.Instance.DataVersion.ToString(CultureInfo.InvariantCulture), .. PostgresCommerce.CreateStatements, .. PostgresCommerce.PostLoadStatements, .. setup ?? []]);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return string.Create(CultureInfo.InvariantCulture, $"commerce_s{scale}_seed{seed}_{fingerprint}");
    }

    /// <param name="connectionString">Any database of the server (e.g. <see cref="PostgresServer.ConnectionString"/>); the lab's databases are created beside it.</param>
    /// <param name="unixSocketConnectionString">The same server over its Unix socket (<see cref="PostgresServer.UnixSocketConnectionString"/>), if it has one.</param>
    /// <param name="setup">
    /// Statements run in order, each on its own (so VACUUM and CLUSTER may be among them), after the commerce data is
    /// loaded and verified: a suite's own tables, built once into the template rather than once per copy.
    /// </param>
    public static PostgresLabDatabase Create(string connectionString, int scale, int seed = CommerceDataGenerator.DefaultSeed,
        string? unixSocketConnectionString = null, IReadOnlyList<string>? setup = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        setup ??= [];
        // Pooling off: a pooled idle session on the template would make CREATE DATABASE … TEMPLATE fail.
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var template = TemplateName(scale, seed, setup);
        var loaded = false;
        using (var connection = new NpgsqlConnection(Unbounded(admin)))
        {
            connection.Open();
            // One loader per server and data set, even when several processes start at once.
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_lock({LockKey(template)})"));
            try
            {
                if (!TemplateExists(connection, template))
                {
                    LoadTemplate(admin, connection, template, new CommerceDataGenerator(scale, seed), setup);
                    loaded = true;
                }
            }
            finally
            {
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_unlock({LockKey(template)})"));
            }
            var name = "perflab_" + Guid.NewGuid().ToString("N")[..16];
            // FILE_COPY: the files copied once, between two checkpoints. PostgreSQL 15's default (WAL_LOG) writes every page
            // twice, into the WAL and then the table: copying a 232 MB database took 1.0-1.7 s against 0.15-0.8 s on the lab's
            // machine, and longer on a slower disk (every case process makes one). Neither leaves the copy in
            // shared buffers (WAL_LOG writes through a small ring), so a case's warm-up starts from the same cache state.
            // (An existing server before 15 has only the file copy, and no STRATEGY clause.)
            var strategy = connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY FILE_COPY" : "";
            Execute(connection, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"{strategy}");
            return new PostgresLabDatabase(admin, unixSocketConnectionString, name, template, loaded, scale, seed);
        }
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Unbounded(_adminConnectionString));
        connection.Open();
        Execute(connection, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static void LoadTemplate(string admin, NpgsqlConnection connection, string template, CommerceDataGenerator data, IReadOnlyList<string> setup)
    {
        // Loaded under another name and renamed when complete: a template that exists is a whole, verified one.
        var loading = template + "_loading";
        Execute(connection, $"DROP DATABASE IF EXISTS \"{loading}\" WITH (FORCE)");
        Execute(connection, $"CREATE DATABASE \"{loading}\"");
        using (var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Unbounded(admin)) { Database = loading }.ConnectionString))
        {
            target.Open();
            PostgresCommerce.Load(target, data);
            var expected = data.ComputeChecksum();
            var actual = PostgresCommerce.ComputeChecksum(target);
            if (actual != expected)
                throw new InvalidOperationException($"the loaded database's checksum {actual} differs from the generator's {expected}");
            foreach (var statement in setup) Execute(target, statement);
        }
        Execute(connection, $"ALTER DATABASE \"{loading}\" RENAME TO \"{template}\"");
        Execute(connection, $"ALTER DATABASE \"{template}\" WITH IS_TEMPLATE true");
    }

    private static bool TemplateExists(NpgsqlConnection connection, string template)
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name AND datistemplate", connection);
        command.Parameters.AddWithValue("name", template);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>
    /// The same connection with no command timeout, for setup only (never a measured connection): copying, loading and
    /// dropping a database scale with the machine's disk, and waiting for another process's load holds the advisory lock
    /// that long. Npgsql's default of 30 s turned a slow disk into a failed run.
    /// </summary>
    private static string Unbounded(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;

    /// <summary>The advisory lock that serializes loading <paramref name="template"/> on a server.</summary>
    internal static long LockKey(string template) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(template)), 0);

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
