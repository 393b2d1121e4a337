using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PerfLab.Orm;

/// <summary>
/// The base of every scenario's techniques that run unchanged on both engines: the engine's shared connection (for
/// Dapper) and EF Core's pool and options, read once from its <see cref="IOrmAccess"/> so a technique reaches them
/// as the engine's own class would, with no interface call per operation.
/// </summary>
public abstract class OrmScenario
{
    private readonly PooledDbContextFactory<CommerceDbContext> _pool;
    private readonly DbContextOptions<CommerceDbContext> _options;

    protected OrmScenario(IOrmAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        Connection = access.Connection;
        _pool = access.EfPool;
        _options = access.EfOptions;
    }

    /// <summary>The engine's shared open connection (Dapper runs on it).</summary>
    protected DbConnection Connection { get; }

    /// <summary>A context from the pool per unit of work (<see cref="DataAccess.RentContext"/> says why).</summary>
    protected CommerceDbContext RentContext() => _pool.CreateDbContext();

    /// <summary>A context constructed from scratch (the same options), as <c>AddDbContext</c> would.</summary>
    protected CommerceDbContext NewContext() => new(_options);
}
