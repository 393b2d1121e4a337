using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PerfLab.Orm;

/// <summary>
/// What the techniques that do not depend on the engine (Dapper, EF Core) need from either engine's data access
/// (<see cref="DataAccess"/>, <see cref="Postgres.PostgresDataAccess"/>): the shared open connection and EF Core's
/// options and context pool over it.
/// </summary>
public interface IOrmAccess
{
    /// <summary>The one open connection ADO.NET, Dapper and EF Core share.</summary>
    DbConnection Connection { get; }

    /// <summary>Customers in the database (its generator scale).</summary>
    int Scale { get; }

    DbContextOptions<CommerceDbContext> EfOptions { get; }

    PooledDbContextFactory<CommerceDbContext> EfPool { get; }
}
