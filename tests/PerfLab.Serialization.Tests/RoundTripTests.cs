using PerfLab.Serialization.Fidelity;
using PerfLab.Serialization.Payloads;
using static PerfLab.Serialization.Tests.TestCases;

namespace PerfLab.Serialization.Tests;

/// <summary>
/// deserialize(serialize(x)) against x, field by field (<see cref="FidelityComparer"/>), for every serializer, every
/// payload and its fidelity probe. Where a serializer loses information the combination is listed in
/// <see cref="KnownLossCases"/> and a <c>*_KnownLoss_*</c> test pins down exactly what it loses, so a loss can neither
/// pass unnoticed nor change unnoticed.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly (string Serializer, string Payload, PayloadSample Sample)[] KnownLossCases =
    [
        ("NewtonsoftJson", "medium", PayloadSample.Probe),
        ("MessagePackIntKeys", "medium", PayloadSample.Probe),
        ("MessagePackStringKeys", "medium", PayloadSample.Probe),
        ("MessagePackLz4", "medium", PayloadSample.Probe),
        ("ProtobufNet", "medium", PayloadSample.Generated),
        ("ProtobufNet", "medium", PayloadSample.Probe),
        ("ProtobufNet", "large", PayloadSample.Generated),
        ("ProtobufNet", "large", PayloadSample.Probe),
        ("ProtobufNet", "numeric", PayloadSample.Probe),
    ];

    public static TheoryData<string, string, PayloadSample> ExactCases()
    {
        var data = new TheoryData<string, string, PayloadSample>();
        foreach (var (serializer, payload, sample) in All().Except(KnownLossCases)) data.Add(serializer, payload, sample);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void RoundTrip_IsExact(string serializer, string payload, PayloadSample sample)
    {
        var issues = Payload(payload).CheckRoundTrip(Serializer(serializer), sample);

        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues.Take(10)));
    }

    /// <summary>
    /// Newtonsoft.Json always writes a decimal point (5m as <c>5.0</c>, 0m as <c>0.0</c>) and reads that back
    /// with one more decimal place: equal values, different scale, so "5" comes back as "5.0".
    /// </summary>
    [Fact]
    public void NewtonsoftJson_KnownLoss_WholeDecimalsGainADecimalPlace()
    {
        var issues = SerializationPayloads.Medium.CheckRoundTrip(Serializer("NewtonsoftJson"), PayloadSample.Probe);

        Assert.Equal(["$.Total: decimal scale", "$.Lines[2].Discount: decimal scale"], Describe(issues));
        Assert.Equal(("5", "5.0"), (issues[0].Expected, issues[0].Actual));
    }

    /// <summary>
    /// MessagePack's standard DateTime format is the MessagePack timestamp, an instant: Local values are converted
    /// to UTC, Unspecified ones are taken as UTC, and everything reads back as <see cref="DateTimeKind.Utc"/>.
    /// (<c>NativeDateTimeResolver</c> keeps the kind, at the cost of a non-standard encoding.) DateTimeOffset keeps its offset.
    /// </summary>
    [Theory]
    [InlineData("MessagePackIntKeys")]
    [InlineData("MessagePackStringKeys")]
    [InlineData("MessagePackLz4")]
    public void MessagePack_KnownLoss_DateTimeKindBecomesUtc(string serializer)
    {
        var issues = SerializationPayloads.Medium.CheckRoundTrip(Serializer(serializer), PayloadSample.Probe);

        Assert.Equal(["$.Customer.CreatedAt: DateTime kind", "$.ShippedAt: DateTime kind"], Describe(issues));
        Assert.All(issues, i => Assert.EndsWith(" Utc", i.Actual));
    }

    /// <summary>
    /// protobuf-net's default DateTime encoding carries no kind, so every DateTime, UTC included, reads back as
    /// <see cref="DateTimeKind.Unspecified"/>: the generated payloads (all UTC) lose it too. The wall-clock value
    /// survives. (<c>RuntimeTypeModel.IncludeDateTimeKind = true</c> keeps it.)
    /// </summary>
    [Theory]
    [InlineData("medium", PayloadSample.Generated, new[] { "$.Customer.CreatedAt" })]
    [InlineData("medium", PayloadSample.Probe, new[] { "$.ShippedAt" })]
    public void ProtobufNet_KnownLoss_DateTimeKindBecomesUnspecified(string payload, PayloadSample sample, string[] paths)
    {
        var issues = Payload(payload).CheckRoundTrip(Serializer("ProtobufNet"), sample);

        Assert.Equal(paths.Select(p => $"{p}: {FidelityAspects.DateTimeKind}"), Describe(issues));
        Assert.All(issues, i => Assert.EndsWith(" Unspecified", i.Actual));
    }

    [Fact]
    public void ProtobufNet_KnownLoss_DateTimeKindBecomesUnspecified_OnEveryCustomerOfTheLargePage()
    {
        var issues = SerializationPayloads.Large.CheckRoundTrip(Serializer("ProtobufNet"), PayloadSample.Generated);

        Assert.Equal(SerializationPayloads.LargeCustomerCount, issues.Count);
        Assert.All(issues, i => Assert.Equal(FidelityAspects.DateTimeKind, i.Aspect));
        Assert.All(issues, i => Assert.EndsWith(".CreatedAt", i.Path));
    }

    /// <summary>
    /// Protocol Buffers has no way to write an empty list (a repeated field with no elements writes nothing), so an
    /// empty list reads back as null unless the contract initializes it.
    /// </summary>
    [Fact]
    public void ProtobufNet_KnownLoss_EmptyCollectionBecomesNull()
    {
        var issues = SerializationPayloads.Large.CheckRoundTrip(Serializer("ProtobufNet"), PayloadSample.Probe);

        Assert.Equal([$"$.Customers: {FidelityAspects.EmptyCollectionToNull}"], Describe(issues));
    }

    /// <summary>protobuf-net skips a number equal to its default, and -0.0 == 0.0: negative zero reads back as zero.</summary>
    [Fact]
    public void ProtobufNet_KnownLoss_NegativeZeroBecomesZero()
    {
        var issues = SerializationPayloads.Numeric.CheckRoundTrip(Serializer("ProtobufNet"), PayloadSample.Probe);

        Assert.Equal([$"$.Lines[1].UnitPrice: {FidelityAspects.NegativeZero}", $"$.Lines[1].Discount: {FidelityAspects.NegativeZero}"], Describe(issues));
    }

    [Fact]
    public void KnownLossCases_AreRealCombinations()
    {
        Assert.All(KnownLossCases, c => Assert.Contains(c, All()));
        Assert.Equal(KnownLossCases.Length, KnownLossCases.Distinct().Count());
    }
}
