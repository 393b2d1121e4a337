using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Machine;
using PerfLab.Queries;

namespace PerfLab.Api;

/// <summary>
/// The api suite's server as the lab runs it: a process of its own (<c>dotnet PerfLab.Api.dll</c>) on loopback, under
/// the placement's server CPUs (<see cref="CpuPlacement"/>), with a fresh key set in a temporary folder of its own
/// (<c>perflab-api-*</c>, its working directory). Stopped and gone on <see cref="Dispose"/>, or by its
/// <see cref="OwnerWatchdog"/> when the owner dies without disposing it (a killed round).
/// </summary>
public sealed class ApiServer : IDisposable
{
    /// <summary>The server's line once it accepts connections, followed by its HTTP/1.1 and h2c ports.</summary>
    public const string ListeningPrefix = "PerfLab.Api listening on ports ";

    /// <summary>Start-up builds the catalog and JIT-compiles the host: seconds on a loaded 2-core machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _folder;

    private ApiServer(Process process, string folder, ApiKeys keys, int http1Port, int h2cPort)
    {
        _process = process;
        _folder = folder;
        Keys = keys;
        Http1 = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{http1Port}"));
        H2c = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{h2cPort}"));
    }

    /// <summary>The HTTP/1.1 endpoint.</summary>
    public Uri Http1 { get; }

    /// <summary>The HTTP/2 endpoint (cleartext, prior knowledge).</summary>
    public Uri H2c { get; }

    /// <summary>The keys the server validates tokens with (the client signs with them).</summary>
    public ApiKeys Keys { get; }

    public int ProcessId => _process.Id;

    /// <summary>The server's folder (its working directory): gone once the server is.</summary>
    public string Folder => _folder;

    /// <param name="customers">The catalog's customers.</param>
    /// <param name="owner">The process whose end stops the server (default: this one).</param>
    /// <param name="ordersScale">
    /// Serve the order list's pages (<see cref="ApiRoutes.Pages"/>) from a copy of the queries suite's normalized database
    /// at this many customers (<see cref="QueryLab.Scale"/> for the benchmarks), made here from the machine's template
    /// cache into the server's folder, so it goes with the server; null: no pages.
    /// </param>
    /// <exception cref="InvalidOperationException">The server did not come up; the message carries its output.</exception>
    public static ApiServer Start(int customers = OrderCatalog.DefaultCustomers, int? owner = null, int? ordersScale = null)
    {
        var folder = Directory.CreateTempSubdirectory(OwnerWatchdog.FolderPrefix + "api-").FullName;
        var keys = ApiKeys.Create();
        var keysPath = Path.Combine(folder, "keys.json");
        keys.Save(keysPath);
        var program = Path.Combine(Path.GetDirectoryName(typeof(ApiServer).Assembly.Location)!, "PerfLab.Api.dll");
        List<string> arguments = [DotNetHost(), program, "--keys", keysPath, "--customers", customers.ToString(CultureInfo.InvariantCulture)];
        if (ordersScale is { } scale)
        {
            var database = Path.Combine(folder, "orders.db");
            File.Copy(QueryLab.Template(OrderListVariant.Normalized, scale), database);
            arguments.AddRange(["--orders-db", database, "--orders-scale", scale.ToString(CultureInfo.InvariantCulture)]);
        }
        var command = CpuPlacement.Current.Wrap([.. arguments]);
        var startInfo = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in command.Skip(1)) startInfo.ArgumentList.Add(argument);
        // The server's configuration is the code's, not whatever the caller's environment says.
        foreach (var variable in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS" }) startInfo.Environment.Remove(variable);

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {program}");
        // Killed only while it still runs in its folder: the pid may have been reused by then.
        var pid = process.Id.ToString(CultureInfo.InvariantCulture);
        OwnerWatchdog.Start(folder, $"[ \"$(readlink /proc/{pid}/cwd)\" = {OwnerWatchdog.Quote(folder)} ] && kill -9 {pid}; rm -rf {OwnerWatchdog.Quote(folder)}", owner);

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<(int, int)>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                var ports = e.Data[ListeningPrefix.Length..].Split(' ');
                listening.TrySetResult((int.Parse(ports[0], CultureInfo.InvariantCulture), int.Parse(ports[1], CultureInfo.InvariantCulture)));
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("exited"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            if (!listening.Task.Wait(StartTimeout)) throw new TimeoutException();
            var (http1, h2c) = listening.Task.Result;
            return new ApiServer(process, folder, keys, http1, h2c);
        }
        catch (Exception e) when (e is TimeoutException or AggregateException)
        {
            Stop(process, folder);
            string text;
            lock (output) text = output.ToString().Trim();
            throw new InvalidOperationException(e is TimeoutException
                ? $"the api server did not start within {StartTimeout.TotalSeconds:0} s: {text}"
                : $"the api server exited during start-up: {text}");
        }
    }

    public void Dispose() => Stop(_process, _folder);

    private static void Stop(Process process, string folder)
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
        process.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>The <c>dotnet</c> host of the runtime this process runs on (its shared framework lives under that host's folder).</summary>
    private static string DotNetHost()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
