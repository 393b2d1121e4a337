namespace PerfLab.Caching;

/// <summary>
/// The one read every technique in the caching suite offers: a customer by id. The uncached database read implements
/// it, and so does every cache in front of it, so a benchmark or test swaps techniques without changing anything else.
/// </summary>
/// <remarks>
/// <see cref="ValueTask{TResult}"/> because most reads complete synchronously (an in-memory hit, a local SQLite read)
/// and must not allocate a task to say so, while HybridCache, Redis and slow loaders really are asynchronous.
/// </remarks>
public interface ICustomerReader
{
    /// <summary>The customer with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default);
}

/// <summary>A cache in front of the database: it can also forget an entry, so the next read of it misses.</summary>
public interface ICustomerCache : ICustomerReader
{
    ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default);
}

/// <summary>Reads and writes: the database itself, or a cache with a policy for keeping up with writes.</summary>
public interface ICustomerRepository : ICustomerReader
{
    /// <summary>
    /// Stores <paramref name="customer"/>, the customer as it is after a change of its loyalty points (the one
    /// column the suite's writes change): the database writes that column only, a cache may keep the whole value.
    /// </summary>
    ValueTask UpdateLoyaltyPointsAsync(Customer customer, CancellationToken cancellationToken = default);
}
