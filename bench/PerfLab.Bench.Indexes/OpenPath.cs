namespace PerfLab.Bench.Indexes;

/// <summary>An access path opened by an engine's case, and the keys a comparison reads it with.</summary>
public readonly record struct OpenPath<TRow, TKey>(IAccessPathQuery<TRow> Query, TKey[] Keys) where TRow : class;
