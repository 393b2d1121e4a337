using System.Globalization;
using PerfLab.Data.Servers;

namespace PerfLab.Api;

/// <summary>
/// The server process: <c>PerfLab.Api --keys FILE [--customers N] [--orders-db FILE --orders-scale N]</c>. It builds the
/// catalog, opens the order list's database when given one (a copy of the queries suite's normalized variant at that scale), starts Kestrel on two free
/// loopback ports and prints one line (<see cref="ApiServer.ListeningPrefix"/>, the HTTP/1.1 port, the h2c port) once it
/// accepts connections; it runs until it is killed. Bad arguments: one line on stderr, exit 2.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        string? keysPath = null;
        string? ordersPath = null;
        var ordersScale = 0;
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
                case "--orders-db" when i + 1 < args.Length:
                    ordersPath = args[++i];
                    break;
                case "--orders-scale" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out ordersScale) && ordersScale > 0:
                    i++;
                    break;
                default:
                    return Refuse($"unexpected argument '{args[i]}' ({Usage})");
            }
        }
        if (keysPath is null) return Refuse("--keys FILE is required");
        if (!File.Exists(keysPath)) return Refuse($"--keys {keysPath}: no such file");
        if ((ordersPath is null) != (ordersScale == 0)) return Refuse($"--orders-db and --orders-scale go together ({Usage})");
        if (ordersPath is not null && !File.Exists(ordersPath)) return Refuse($"--orders-db {ordersPath}: no such file");

        var catalog = OrderCatalog.Create(customers);
        var keys = ApiKeys.Load(keysPath);
        using var paging = ordersPath is null ? null : OrderPaging.Open(ordersPath, ordersScale);
        var (http1, h2c) = (LoopbackPort.Free(), LoopbackPort.Free());
        await using var app = ApiHost.Build(catalog, keys, http1, h2c, paging);
        await app.StartAsync();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ApiServer.ListeningPrefix}{http1} {h2c}"));
        Console.Out.Flush();
        await app.WaitForShutdownAsync();
        return 0;
    }

    private const string Usage = "usage: PerfLab.Api --keys FILE [--customers N] [--orders-db FILE --orders-scale N]";

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
