using PerfLab.Data.Postgres;

namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// Shared by the PostgreSQL benchmarks: a private copy of the suite's template (<see cref="PostgresIndexDatabase"/>)
/// on the round's server, made by the first setup that needs it and dropped by the cleanup. The template is built
/// once per server, so a case process only copies it.
/// </summary>
public abstract class PostgresIndexBenchmark
{
    private PostgresLabDatabase? _database;

    /// <summary>The connection string of this process's database, created on first use (the case then takes its placement).</summary>
    protected string Database
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

    [GlobalCleanup]
    public void DropDatabase()
    {
        Close();
        _database?.Dispose();
        _database = null;
    }

    /// <summary>Closes what the benchmark opened on the database, before the database is dropped.</summary>
    protected abstract void Close();
}
