namespace PerfLab.Api;

/// <summary>A negotiated body: the orders written by the format's serializer straight into the response's pipe.</summary>
internal sealed class WireBody(CustomerOrders orders, WireFormat format) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = format.MediaType;
        // The same URL answers in several formats: a cache must key on Accept too.
        response.Headers.Vary = "Accept";
        format.Serializer.Serialize(response.BodyWriter, orders);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
