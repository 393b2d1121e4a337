using System.Net;
using System.Net.Sockets;

namespace PerfLab.Load;

/// <summary>
/// The guard every load target passes: the lab generates load against its own machine only, never a host on a network
/// (a load test aimed at someone else's server is an attack). Accepts loopback addresses, "localhost" and Unix domain
/// sockets; refuses everything else with an <see cref="ArgumentException"/>.
/// </summary>
public static class Loopback
{
    /// <summary>Whether <paramref name="host"/> (an address, "[::1]" or "localhost") names this machine's loopback.</summary>
    public static bool IsLoopback(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim();
        if (name.StartsWith('[') && name.EndsWith(']')) name = name[1..^1];
        // Not resolved through DNS: "localhost" is loopback by definition (RFC 6761), any other name could be anywhere.
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(name, out var address) && IsLoopback(address);
    }

    /// <summary>Whether <paramref name="address"/> is a loopback address (127.0.0.0/8, ::1, or either mapped to IPv6).</summary>
    public static bool IsLoopback(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    /// <summary>Returns <paramref name="host"/> if it is loopback; otherwise throws.</summary>
    public static string Require(string host) => IsLoopback(host)
        ? host
        : throw new ArgumentException($"Load targets loopback only; '{host}' is not a loopback host.", nameof(host));

    /// <summary>Returns <paramref name="address"/> if it is loopback; otherwise throws.</summary>
    public static IPAddress Require(IPAddress address) => IsLoopback(address)
        ? address
        : throw new ArgumentException($"Load targets loopback only; {address} is not a loopback address.", nameof(address));

    /// <summary>Returns <paramref name="endPoint"/> if it is a loopback IP or DNS endpoint or a Unix domain socket; otherwise throws.</summary>
    public static EndPoint Require(EndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var local = endPoint switch
        {
            IPEndPoint ip => IsLoopback(ip.Address),
            DnsEndPoint dns => IsLoopback(dns.Host),
            UnixDomainSocketEndPoint => true,
            _ => false,
        };
        return local ? endPoint : throw new ArgumentException($"Load targets loopback only; {endPoint} is not a loopback endpoint.", nameof(endPoint));
    }

    /// <summary>Returns <paramref name="uri"/> if its host is loopback; otherwise throws.</summary>
    public static Uri Require(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && IsLoopback(uri.Host)
            ? uri
            : throw new ArgumentException($"Load targets loopback only; '{uri}' is not a loopback URI.", nameof(uri));
    }
}
