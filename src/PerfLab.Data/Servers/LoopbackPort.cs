using System.Net;
using System.Net.Sockets;

namespace PerfLab.Data.Servers;

/// <summary>Ports for the private servers the lab starts (Redis, PostgreSQL): loopback only, chosen by the OS.</summary>
public static class LoopbackPort
{
    /// <summary>A TCP port free on 127.0.0.1 right now (the OS picks it; another process could take it before the server binds).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
