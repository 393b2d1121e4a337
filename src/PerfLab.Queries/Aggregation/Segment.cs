namespace PerfLab.Queries.Aggregation;

/// <summary>A range of customer ids, both ends included.</summary>
public readonly record struct Segment(long From, long To);
