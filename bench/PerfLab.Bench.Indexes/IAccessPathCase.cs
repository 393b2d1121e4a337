namespace PerfLab.Bench.Indexes;

/// <summary>
/// An engine's side of a read case (<see cref="SqliteAccessPathCase{TRow}"/>, <see cref="Postgres.PostgresAccessPathCase{TRow}"/>):
/// the database of the path the case opened, what the case reports beside its times, and closing it.
/// </summary>
public interface IAccessPathCase
{
    /// <summary>The access path this process measures (null before its setup): tests check two rows run the same SQL.</summary>
    object? Path { get; }

    /// <summary>What the case reports beside its times (<see cref="ILabMetricSource"/>): the plan, sizes and settings.</summary>
    IReadOnlyDictionary<string, string> Metrics();

    /// <summary>Closes the path's database (a later setup may open another).</summary>
    void Close();
}
