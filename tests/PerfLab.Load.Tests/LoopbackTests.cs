using System.Net;
using System.Net.Sockets;

namespace PerfLab.Load.Tests;

/// <summary>Load goes to this machine only: loopback targets pass, anything else is refused.</summary>
public sealed class LoopbackTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("::1")]
    [InlineData("[::1]")]
    [InlineData("::ffff:127.0.0.1")]
    public void LoopbackHosts_Pass(string host) => Assert.Equal(host, Loopback.Require(host));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("8.8.8.8")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("example.com")]
    [InlineData("localhost.example.com")]
    [InlineData("")]
    public void OtherHosts_AreRefused(string host) => Assert.Throws<ArgumentException>(() => Loopback.Require(host));

    [Fact]
    public void EndpointsAndUris_PassOnlyWhenLoopback()
    {
        Loopback.Require(new IPEndPoint(IPAddress.Loopback, 6379));
        Loopback.Require(new IPEndPoint(IPAddress.IPv6Loopback, 5432));
        Loopback.Require(new DnsEndPoint("localhost", 6379));
        Loopback.Require(new UnixDomainSocketEndPoint("/tmp/.s.PGSQL.5432"));
        Loopback.Require(new Uri("redis://127.0.0.1:6379"));
        Loopback.Require(IPAddress.Loopback);

        Assert.Throws<ArgumentException>(() => Loopback.Require(new IPEndPoint(IPAddress.Parse("10.1.2.3"), 6379)));
        Assert.Throws<ArgumentException>(() => Loopback.Require(new IPEndPoint(IPAddress.Any, 6379)));
        Assert.Throws<ArgumentException>(() => Loopback.Require(new DnsEndPoint("db.example.com", 5432)));
        Assert.Throws<ArgumentException>(() => Loopback.Require(new Uri("http://example.com/")));
        Assert.Throws<ArgumentException>(() => Loopback.Require(IPAddress.Parse("172.16.0.1")));
    }
}
