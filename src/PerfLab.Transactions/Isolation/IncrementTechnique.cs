namespace PerfLab.Transactions.Isolation;

/// <summary>Ways to add one to a counter that two connections increment at once.</summary>
public enum IncrementTechnique
{
    /// <summary>SELECT the value, then UPDATE it to value + 1, each statement its own autocommit: the lost-update bug.</summary>
    ReadModifyWrite,

    /// <summary>One statement, <c>UPDATE … SET Value = Value + 1</c>: the database reads and writes under one write lock.</summary>
    AtomicUpdate,

    /// <summary>The read-modify-write inside <c>BEGIN IMMEDIATE</c>: the write lock is taken before the read, so the other worker waits.</summary>
    BeginImmediate,

    /// <summary>Read value and version, <c>UPDATE … WHERE Version = @read</c>; zero rows changed means a conflict: read again and retry.</summary>
    OptimisticVersion,

    /// <summary>The same optimistic scheme through EF Core: a concurrency token, <c>DbUpdateConcurrencyException</c>, retry.</summary>
    EfCoreConcurrencyToken,
}
