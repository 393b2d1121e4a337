namespace PerfLab.Serialization.Contracts;

/// <summary>The payload roots, for serializers that want their types registered up front.</summary>
/// <remarks>
/// <para>The contracts are one set of types carrying every serializer's attributes, mapped from the domain records
/// once, in setup (<see cref="Payloads.ContractMapping"/>).</para>
/// <para>Their properties are plain <c>get; set;</c>, not <c>init</c> and not <c>required</c>, so every library takes its
/// fastest path and all do the same work: System.Text.Json's source generator reads init-only members through its
/// constructor path, boxing each value (272 instead of 88 bytes allocated per order line), and both System.Text.Json
/// paths enforce <c>required</c> members with per-object bookkeeping (about 0.6 MB more on the 10,000-customer page)
/// that no binary serializer does. Non-nullable references therefore start as <c>null!</c>: every payload sets them.</para>
/// </remarks>
public static class ContractTypes
{
    public static IReadOnlyList<Type> Roots { get; } = [typeof(OrderLineDto), typeof(OrderDto), typeof(CustomerPage), typeof(OrderLineFiguresBatch), typeof(CustomerOrders), typeof(OrdersRequest)];
}
