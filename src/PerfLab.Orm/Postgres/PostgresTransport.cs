namespace PerfLab.Orm.Postgres;

/// <summary>How the techniques reach the server: every query is a round trip, and its cost depends on the path.</summary>
public enum PostgresTransport
{
    /// <summary>TCP over the loopback interface (127.0.0.1), as to a server on the same host.</summary>
    Tcp,

    /// <summary>The server's Unix-domain socket: no TCP stack, the cheapest round trip a local client can have.</summary>
    UnixSocket,
}
