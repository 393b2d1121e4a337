using PerfLab.Data.Servers;
using Xunit;

namespace PerfLab.Tests.Shared;

/// <summary>A fact that needs a PostgreSQL server: skipped, with the reason, when none can be had here.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.UnavailableReason is { } reason) Skip = reason;
    }
}

/// <summary>
/// A fact about the lab's own private server: skipped when <see cref="PostgresServer.ConnectionStringVariable"/> names
/// an existing server (the lab then never starts one), or when none can be had.
/// </summary>
public sealed class PrivatePostgresFactAttribute : FactAttribute
{
    public PrivatePostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable) is { Length: > 0 })
            Skip = $"${PostgresServer.ConnectionStringVariable} names an existing server: the lab starts none";
        else if (PostgresServer.UnavailableReason is { } reason)
            Skip = reason;
    }
}

/// <summary>
/// The PostgreSQL tests run one at a time: some set <see cref="PostgresServer.ConnectionStringVariable"/>, which is
/// process-wide and would send a parallel test's server to theirs.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
