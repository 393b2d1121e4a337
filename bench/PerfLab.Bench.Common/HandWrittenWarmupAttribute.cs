namespace PerfLab.Bench.Common;

/// <summary>
/// Marks a hand-written row (the provider's API, ADO.NET or Dapper) whose warm-up its class decides
/// (<see cref="HandWrittenWarmupCountAttribute"/>): a comparison declared once for two engines lists its techniques in a
/// shared base, while each engine measured its own time to steady state (SQLite's hand-written rows settle sooner than
/// PostgreSQL's, whose server shares the cores). An attribute argument cannot vary with the class, so the count is
/// resolved per case when a round is built (<see cref="RoundRunInfo"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HandWrittenWarmupAttribute : Attribute;
