using PerfLab.Data.Postgres;

namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// A private copy of the suite's template (<see cref="PostgresIndexDatabase"/>) on the round's server, made on first
/// use and dropped by <see cref="Dispose"/>. The template is built once per server, so a case process only copies it.
/// </summary>
public sealed class PostgresIndexCopy : IDisposable
{
    private PostgresLabDatabase? _database;

    /// <summary>The copy's connection string, created on first use (the case then takes its placement).</summary>
    public string ConnectionString
    {
        get
        {
            if (_database is null)
            {
                _database = PostgresIndexDatabase.Create();
                ServerPlacement.Enter(Engines.PostgreSql, PostgresServer.ServerProcesses(_database.ConnectionString));
            }
            return _database.ConnectionString;
        }
    }

    public void Dispose()
    {
        _database?.Dispose();
        _database = null;
    }
}
