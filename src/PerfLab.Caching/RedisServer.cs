using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PerfLab.Data.Servers;
using PerfLab.Machine;

namespace PerfLab.Caching;

/// <summary>
/// A private <c>redis-server</c> process for the suite's tests and benchmarks: loopback only, on a free port, with no
/// persistence (<c>--save '' --appendonly no</c>), stopped and gone on <see cref="Dispose"/>, or by its
/// <see cref="OwnerWatchdog"/> when the owning process dies without disposing it. It runs in a temporary folder of its
/// own (<c>perflab-redis-*</c>, its <c>--dir</c>), which tells the watchdog it is still wanted and CI that it is the lab's.
/// </summary>
public sealed class RedisServer : IDisposable
{
    /// <summary>Environment variable naming the redis-server binary, when it is not on PATH.</summary>
    public const string BinaryVariable = "PERFLAB_REDIS_SERVER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, int port, string folder)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The redis-server process (for reading back where it runs).</summary>
    public int ProcessId => _process.Id;

    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>The redis-server binary: <see cref="BinaryVariable"/> if set, else the first on PATH; null if none.</summary>
    public static string? FindBinary()
    {
        if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Why Redis cannot run here, as one line; null when a binary was found.</summary>
    public static string? UnavailableReason => FindBinary() is null
        ? $"no redis-server binary found on PATH or in ${BinaryVariable} (Debian package: redis-server)"
        : null;

    /// <summary>Starts a server and waits until it answers PING.</summary>
    /// <exception cref="InvalidOperationException">No binary, or the server did not come up.</exception>
    public static RedisServer Start()
    {
        var binary = FindBinary() ?? throw new InvalidOperationException(UnavailableReason);
        var port = LoopbackPort.Free();
        var folder = Directory.CreateTempSubdirectory(OwnerWatchdog.FolderPrefix + "redis-").FullName;
        // Under the placement's CPUs (taskset execs the server, so the pid below is redis-server's own).
        var command = CpuPlacement.Current.Wrap([binary, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning", "--dir", folder]);
        var startInfo = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1)) startInfo.ArgumentList.Add(argument);

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {binary}");
        // Killed only while it still runs in its folder: the pid may have been reused by then.
        var pid = process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        OwnerWatchdog.Start(folder, $"[ \"$(readlink /proc/{pid}/cwd)\" = {OwnerWatchdog.Quote(folder)} ] && kill -9 {pid}; rm -rf {OwnerWatchdog.Quote(folder)}");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new RedisServer(process, port, folder);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                Directory.Delete(folder, recursive: true);
                lock (output) throw new InvalidOperationException($"redis-server exited with code {process.ExitCode}: {output.ToString().Trim()}");
            }
            if (server.AnswersPing()) return server;
            Thread.Sleep(20);
        }
        server.Dispose();
        throw new InvalidOperationException($"redis-server on port {port} did not answer PING within {StartTimeout.TotalSeconds:0} s");
    }

    /// <summary>A client connection to this server, as the application would hold one (a multiplexer is shared).</summary>
    public ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(new ConfigurationOptions
    {
        EndPoints = { Endpoint },
        AbortOnConnectFail = true,
        AllowAdmin = true,
    });

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
