namespace PerfLab.Api.Tests;

/// <summary>Content negotiation on the orders endpoint (<see cref="WireFormat.Negotiate"/>).</summary>
public sealed class WireFormatTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/json", "Json")]
    [InlineData("application/x-msgpack", "MessagePack")]
    [InlineData("application/x-protobuf", "Protobuf")]
    [InlineData("application/*", "Json")]
    [InlineData("text/html, application/x-protobuf", "Protobuf")]
    [InlineData("application/json;q=0.5, application/x-msgpack", "MessagePack")]
    [InlineData("application/x-msgpack;q=0.2, application/json;q=0.9", "Json")]
    [InlineData("application/json;q=0, */*;q=0.1", "MessagePack")]
    public void The_accept_header_picks_the_best_offered_format(string? accept, string expected) =>
        Assert.Equal(expected, WireFormat.Negotiate(accept)?.Name);

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    [InlineData("not a media type ;;")]
    public void An_accept_header_no_format_satisfies_gets_none(string accept) => Assert.Null(WireFormat.Negotiate(accept));
}
