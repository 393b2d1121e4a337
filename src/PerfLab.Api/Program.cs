using System.Globalization;
using PerfLab.Data.Servers;

namespace PerfLab.Api;

/// <summary>
/// The server process: <c>PerfLab.Api --keys FILE [--customers N]</c>. It builds the catalog, starts Kestrel on two free
/// loopback ports and prints one line (<see cref="ApiServer.ListeningPrefix"/>, the HTTP/1.1 port, the h2c port) once it
/// accepts connections; it runs until it is killed. Bad arguments: one line on stderr, exit 2.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        string? keysPath = null;
        var customers = OrderCatalog.DefaultCustomers;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--keys" when i + 1 < args.Length:
                    keysPath = args[++i];
                    break;
                case "--customers" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out customers) && customers > 0:
                    i++;
                    break;
                default:
                    return Refuse($"unexpected argument '{args[i]}' (usage: PerfLab.Api --keys FILE [--customers N])");
            }
        }
        if (keysPath is null) return Refuse("--keys FILE is required");
        if (!File.Exists(keysPath)) return Refuse($"--keys {keysPath}: no such file");

        var catalog = OrderCatalog.Create(customers);
        var keys = ApiKeys.Load(keysPath);
        var (http1, h2c) = (LoopbackPort.Free(), LoopbackPort.Free());
        await using var app = ApiHost.Build(catalog, keys, http1, h2c);
        await app.StartAsync();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ApiServer.ListeningPrefix}{http1} {h2c}"));
        Console.Out.Flush();
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
