namespace PerfLab.Lab;

/// <summary>One round of a run: its 1-based index, the seed handed to the bench program (case order) and the order in which the round's units run.</summary>
public sealed record RoundPlan<T>(int Index, int Seed, IReadOnlyList<T> Order);
