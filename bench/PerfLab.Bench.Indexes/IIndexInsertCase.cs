namespace PerfLab.Bench.Indexes;

/// <summary>
/// An engine's side of an insert case (<see cref="SqliteInsertCase"/>, <see cref="Postgres.PostgresInsertCase"/>): the
/// table the case inserts into, restored to the same starting state before every iteration, and what it reports.
/// </summary>
public interface IIndexInsertCase
{
    /// <summary>Restores the starting state (not timed).</summary>
    void BeforeIteration();

    /// <summary>Releases what <see cref="BeforeIteration"/> made for the iteration, if anything.</summary>
    void AfterIteration();

    /// <summary>Inserts the case's new rows in one transaction; returns the rows inserted.</summary>
    int Insert();

    /// <summary>What the case reports beside its times: sizes before and after one insert, and the settings.</summary>
    IReadOnlyDictionary<string, string> Metrics();

    /// <summary>Closes the table's database.</summary>
    void Close();
}
