namespace PerfLab.Serialization.Contracts;

/// <summary>The payload roots, for serializers that want their types registered up front.</summary>
public static class ContractTypes
{
    public static IReadOnlyList<Type> Roots { get; } = [typeof(OrderLineDto), typeof(OrderDto), typeof(CustomerPage), typeof(OrderLineFiguresBatch)];
}
