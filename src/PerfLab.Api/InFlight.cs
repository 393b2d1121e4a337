namespace PerfLab.Api;

/// <summary>Requests issued together, as a service handling concurrent users issues them to another service.</summary>
public static class InFlight
{
    /// <summary>
    /// Starts <paramref name="count"/> calls, each for the next of <paramref name="customers"/>, and waits for all of
    /// them; returns how many orders they brought back (so nothing is discarded unread).
    /// </summary>
    public static async Task<int> OrdersAsync(Func<long, Task<CustomerOrders>> call, Func<long> customers, int count)
    {
        var calls = new Task<CustomerOrders>[count];
        for (var i = 0; i < count; i++) calls[i] = call(customers());
        var orders = 0;
        foreach (var answer in await Task.WhenAll(calls)) orders += answer.Orders.Count;
        return orders;
    }
}
