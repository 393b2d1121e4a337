using System.Text.Json.Serialization;

namespace PerfLab.Api;

/// <summary>
/// The body of <c>POST /orders/search</c>: a customer and how many of their orders to return. Strict as an API's input
/// should be: both members required, no other member allowed, the contract's names (case-sensitive); anything else is a
/// 400 with problem details.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrderSearch
{
    /// <summary>The largest <see cref="Limit"/> the endpoint accepts.</summary>
    public const int MaxLimit = 100;

    [JsonRequired] public long CustomerId { get; set; }
    [JsonRequired] public int Limit { get; set; }

    /// <summary>Validation errors by member, as a problem's <c>errors</c>; empty when the search is valid.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (CustomerId <= 0) errors[nameof(CustomerId)] = ["must be a positive id"];
        if (Limit is < 1 or > MaxLimit) errors[nameof(Limit)] = [$"must be between 1 and {MaxLimit}"];
        return errors;
    }
}
