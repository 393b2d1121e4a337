using System.Diagnostics;
using System.Globalization;
using System.Text;
using PerfLab.Machine;

namespace PerfLab.Data.Servers;

/// <summary>
/// A PostgreSQL database of the lab's own: by default a private server started from Debian's <c>postgresql</c>
/// package (<c>initdb</c> into a temporary folder, <c>pg_ctl</c> on a free loopback port and a Unix socket in that
/// folder, <see cref="PostgresSettings"/>), stopped and deleted on <see cref="Dispose"/>; or, when
/// <see cref="ConnectionStringVariable"/> names an existing server, a database the lab creates there and drops again.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root: as root (CI) the server's commands run as the package's <c>postgres</c> user
/// through <c>runuser</c>, and its folder belongs to that user. Debian keeps <c>initdb</c> and <c>pg_ctl</c> in
/// <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>, not on PATH.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    /// <summary>Environment variable with an existing server's connection string (the lab then creates and drops its own database there).</summary>
    public const string ConnectionStringVariable = "PERFLAB_POSTGRES";

    /// <summary>
    /// Environment variable with the same server's connection string over its Unix socket, set beside
    /// <see cref="ConnectionStringVariable"/> by <see cref="PostgresForRun"/> (absent for an existing server without one).
    /// </summary>
    public const string UnixSocketConnectionStringVariable = "PERFLAB_POSTGRES_SOCKET";

    /// <summary>Environment variable naming the folder that holds <c>initdb</c> and <c>pg_ctl</c>, when they are elsewhere.</summary>
    public const string BinariesVariable = "PERFLAB_POSTGRES_BIN";

    /// <summary>The owner of the lab's database and, on the private server, its superuser.</summary>
    public const string LabUser = "perflab";

    /// <summary>The account PostgreSQL runs under when the lab runs as root (the Debian package's).</summary>
    public const string ServiceUser = "postgres";

    private const string DebianRoot = "/usr/lib/postgresql";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly string? _adminConnectionString;

    private PostgresServer(string? folder, string? binaries, string host, int port, string database, string? adminConnectionString, NpgsqlConnectionStringBuilder template, bool fromSeed = false)
    {
        _folder = folder;
        FromSeed = fromSeed;
        _binaries = binaries;
        _adminConnectionString = adminConnectionString;
        Port = port;
        Database = database;
        template.Host = host;
        template.Port = port;
        template.Database = database;
        ConnectionString = template.ConnectionString;
        if (folder is not null)
        {
            template.Host = folder;
            UnixSocketConnectionString = template.ConnectionString;
        }
    }

    public int Port { get; }

    /// <summary>The lab's database on the server (created for this instance).</summary>
    public string Database { get; }

    /// <summary>Over TCP to 127.0.0.1 (or the existing server's host).</summary>
    public string ConnectionString { get; }

    /// <summary>Over the private server's Unix socket; null for an existing server.</summary>
    public string? UnixSocketConnectionString { get; }

    /// <summary>True when the lab started the server (not an existing one named by <see cref="ConnectionStringVariable"/>).</summary>
    public bool IsPrivate => _folder is not null;

    /// <summary>True when the private server's files were copied from a seed (<see cref="StopAndKeep"/>) rather than made by initdb.</summary>
    public bool FromSeed { get; }

    /// <summary>Why the lab cannot have a PostgreSQL server here, as one line; null when it can (it may still fail to start).</summary>
    public static string? UnavailableReason
    {
        get
        {
            if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 }) return null;
            if (!OperatingSystem.IsLinux()) return $"the lab starts PostgreSQL on Linux only; set ${ConnectionStringVariable} to an existing server's connection string";
            if (FindBinaries() is null) return $"no PostgreSQL server binaries (initdb, pg_ctl) in {DebianRoot}/<version>/bin, ${BinariesVariable} or on PATH (Debian package: postgresql)";
            if (IsRoot && !File.Exists(RunUser)) return $"running as root, PostgreSQL must run as '{ServiceUser}', but {RunUser} is missing";
            return null;
        }
    }

    /// <summary>The folder holding <c>initdb</c> and <c>pg_ctl</c>: <see cref="BinariesVariable"/>, the newest Debian version, or PATH; null if none.</summary>
    public static string? FindBinaries()
    {
        static bool Holds(string folder) => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
        if (Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } configured) return Holds(configured) ? configured : null;
        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(d => d.Version >= 0 && Holds(d.Bin))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return debian ?? (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(Holds);
    }

    /// <summary>A private server (or a database on <see cref="ConnectionStringVariable"/>'s server), ready for connections.</summary>
    /// <param name="seed">
    /// A folder a stopped server's files were kept in (<see cref="StopAndKeep"/>): when it holds them, the private server
    /// starts from a copy of them (every database and template they hold included) instead of an empty cluster.
    /// </param>
    /// <exception cref="InvalidOperationException">No server can be had here, or it did not come up (the message says why).</exception>
    public static PostgresServer Start(PostgresSettings? settings = null, string? seed = null) => Start(settings, owner: null, seed);

    /// <param name="owner">The process whose end stops a private server (default: this one; a test names another).</param>
    internal static PostgresServer Start(PostgresSettings? settings, int? owner, string? seed = null)
    {
        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } existing) return OnExistingServer(existing);
        if (UnavailableReason is { } reason) throw new InvalidOperationException(reason);
        return StartPrivate(FindBinaries()!, settings ?? PostgresSettings.Lab, owner, seed);
    }

    /// <summary>True when <paramref name="seed"/> holds a stopped server's files (<see cref="StopAndKeep"/>).</summary>
    public static bool HoldsSeed(string seed) => File.Exists(Path.Combine(DataFolder(seed), "PG_VERSION"));

    /// <summary>What the server reports for the lab's settings (<see cref="PostgresSettings.Names"/>) and its version, for the page.</summary>
    public IReadOnlyDictionary<string, string> ReportedSettings()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return ReportedSettings(connection);
    }

    /// <summary>The lab's settings and the version as reported on an open connection to any database of the server.</summary>
    public static IReadOnlyDictionary<string, string> ReportedSettings(NpgsqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in PostgresSettings.Names.Prepend("server_version"))
        {
            using var command = new NpgsqlCommand($"SHOW {name}", connection);
            values[name] = (string)command.ExecuteScalar()!;
        }
        return values;
    }

    /// <summary>The reported settings as one line: <c>server_version=15.18, shared_buffers=256MB, ...</c>.</summary>
    public string DescribeSettings() => Describe(ReportedSettings());

    /// <summary>As <see cref="DescribeSettings()"/>, on an open connection (a case process has no server object, only its database).</summary>
    public static string DescribeSettings(NpgsqlConnection connection) => Describe(ReportedSettings(connection));

    private static string Describe(IReadOnlyDictionary<string, string> settings) => string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}"));

    public void Dispose() => Stop(keepIn: null);

    /// <summary>
    /// Stops the private server cleanly and moves its files into <paramref name="seed"/> (which must not hold any yet),
    /// for a later <see cref="Start(PostgresSettings?, string?)"/> to begin from; then deletes the rest like
    /// <see cref="Dispose"/>. On a server the lab did not start, the same as <see cref="Dispose"/>.
    /// </summary>
    public void StopAndKeep(string seed)
    {
        ArgumentException.ThrowIfNullOrEmpty(seed);
        if (HoldsSeed(seed)) throw new InvalidOperationException($"{seed} already holds a server's files");
        Stop(keepIn: seed);
    }

    private void Stop(string? keepIn)
    {
        NpgsqlConnection.ClearAllPools();
        if (_adminConnectionString is not null)
        {
            using var connection = new NpgsqlConnection(_adminConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
            return;
        }
        if (_folder is null) return;
        // Fast shutdown: open sessions are rolled back and the server stops cleanly (a checkpoint: the files are whole
        // without recovery); the folder then goes.
        var stopped = Run(_binaries!, "pg_ctl", ["stop", "-D", DataFolder(_folder), "-m", "fast", "-w", "-t", "60"], throwOnError: false);
        // Same file system (both temporary folders): a rename, not a copy.
        if (keepIn is not null && stopped) Directory.Move(DataFolder(_folder), DataFolder(keepIn));
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A server that refused to stop still holds files: leave the folder rather than fail the caller's cleanup.
        }
    }

    private static PostgresServer StartPrivate(string binaries, PostgresSettings settings, int? owner, string? seed)
    {
        var fromSeed = seed is not null && HoldsSeed(seed);
        var folder = Directory.CreateTempSubdirectory(OwnerWatchdog.FolderPrefix + "pg-").FullName;
        try
        {
            if (IsRoot) RunProcess("chown", [ServiceUser, folder]);
            var data = DataFolder(folder);
            // pg_ctl daemonises the server: should the owner die without disposing it, the watchdog stops it.
            var stop = string.Join(' ', Command(binaries, "pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"]).Select(OwnerWatchdog.Quote));
            OwnerWatchdog.Start(folder, $"{stop}; rm -rf {OwnerWatchdog.Quote(folder)}", owner);
            if (fromSeed)
            {
                // cp -a keeps the owner and the 0700 mode PostgreSQL insists on; the configuration lines appended below
                // come after the seed's own, and PostgreSQL takes the last value of a setting.
                RunProcess("cp", ["-a", DataFolder(seed!), data]);
            }
            else
            {
                // --no-sync: the cluster is thrown away after the run, so initdb need not flush its files; the server
                // itself runs with fsync on (PostgresSettings).
                Run(binaries, "initdb", ["-D", data, "-U", LabUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            }
            var port = LoopbackPort.Free();
            File.AppendAllLines(Path.Combine(data, "postgresql.conf"), settings.ConfigurationLines(port, folder));
            // Under the placement's CPUs: the postmaster and every backend it forks inherit them (CpuPlacement).
            var start = CpuPlacement.Current.Wrap(Command(binaries, "pg_ctl", ["start", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)]));
            RunProcess(start[0], start.Skip(1).ToArray(), failure: () => File.Exists(Path.Combine(folder, "server.log")) ? LastLine(File.ReadAllText(Path.Combine(folder, "server.log"))) : "", name: "pg_ctl");

            var template = new NpgsqlConnectionStringBuilder { Username = LabUser, Pooling = true };
            using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(template.ConnectionString) { Host = "127.0.0.1", Port = port, Database = "postgres" }.ConnectionString))
            {
                connection.Open();
                // A seed already holds it.
                if (!fromSeed)
                {
                    using var create = new NpgsqlCommand($"CREATE DATABASE {LabUser}", connection);
                    create.ExecuteNonQuery();
                }
            }
            return new PostgresServer(folder, binaries, "127.0.0.1", port, LabUser, adminConnectionString: null, template, fromSeed);
        }
        catch
        {
            if (File.Exists(Path.Combine(DataFolder(folder), "postmaster.pid")))
                Run(binaries, "pg_ctl", ["stop", "-D", DataFolder(folder), "-m", "immediate", "-w"], throwOnError: false);
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// The server's processes as it lists them (<c>pg_stat_activity</c>: client backends and background processes),
    /// for reading back where they run (<see cref="CpuPlacement.ReadBack"/>).
    /// </summary>
    public static IReadOnlyList<int> ServerProcesses(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return ServerProcesses(connection);
    }

    /// <summary>
    /// <see cref="ServerProcesses(string)"/> over a connection already open, for repeated sampling: a new connection
    /// would start a backend per call, whose start-up CPU and query would land in what is sampled.
    /// </summary>
    public static IReadOnlyList<int> ServerProcesses(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity", connection);
        using var reader = command.ExecuteReader();
        var pids = new List<int>();
        while (reader.Read()) pids.Add(reader.GetInt32(0));
        return pids;
    }

    private static PostgresServer OnExistingServer(string connectionString)
    {
        NpgsqlConnectionStringBuilder admin;
        try
        {
            admin = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"${ConnectionStringVariable} is not a valid connection string: {e.Message}", e);
        }
        var database = "perflab_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            create.ExecuteNonQuery();
        }
        var template = new NpgsqlConnectionStringBuilder(admin.ConnectionString);
        return new PostgresServer(null, null, admin.Host ?? "localhost", admin.Port, database, admin.ConnectionString, template);
    }

    private static string DataFolder(string folder) => Path.Combine(folder, "data");

    private static string LastLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private const string RunUser = "/usr/sbin/runuser";

    /// <summary>The effective user is root (.NET names the effective user on Unix).</summary>
    private static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>Runs one of the server's programs, as <see cref="ServiceUser"/> when the lab runs as root.</summary>
    /// <returns>Whether it exited with 0.</returns>
    private static bool Run(string binaries, string program, IReadOnlyList<string> arguments, bool throwOnError = true, Func<string>? failure = null)
    {
        var command = Command(binaries, program, arguments);
        return RunProcess(command[0], command[1..], throwOnError, failure, program);
    }

    /// <summary>The command line running one of the server's programs, through <c>runuser</c> as root.</summary>
    private static string[] Command(string binaries, string program, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(binaries, program);
        return IsRoot ? [RunUser, "-u", ServiceUser, "--", path, .. arguments] : [path, .. arguments];
    }

    /// <param name="name">The program named in an error (default: the file run).</param>
    private static bool RunProcess(string fileName, IReadOnlyList<string> arguments, bool throwOnError = true, Func<string>? failure = null, string? name = null)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        if (process.ExitCode == 0 || !throwOnError) return process.ExitCode == 0;
        string detail;
        lock (output) detail = LastLine(output.ToString());
        var extra = failure?.Invoke();
        throw new InvalidOperationException($"{name ?? Path.GetFileName(fileName)} failed (exit {process.ExitCode}): {detail}{(string.IsNullOrEmpty(extra) ? "" : $"; server log: {extra}")}");
    }
}
