using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>
/// The lab fixture as two schema-2 runs of 6 rounds each (published, then reproducibility run), with a tie, a case
/// that is not steady and a ratio that moves 8% between the runs.
/// </summary>
internal static class RoundsFixture
{
    /// <summary>Sum_Linq runs 1.5% slower or faster than its fixture values by round: around its baseline it stays far from 1.</summary>
    private static double Wobble(string method, int round) => method == "Sum_Linq" ? 1 + 0.015 * (round % 3 - 1) : 1;

    /// <summary>
    /// Concat_StringJoin becomes exactly as fast as its baseline, ±4% by round: a tie. Sum_ListCopy at Size=100 speeds up
    /// over the first half of its 20 iterations in 4 of 6 rounds (flat in the other two): not steady.
    /// </summary>
    private static double[]? Series(string fullName, int round) => fullName switch
    {
        "Fixture.Demo.ConcatBenchmarks.Concat_StringJoin" => Enumerable.Repeat(307.5 * (1 + 0.04 * (round % 3 - 1)), 20).Select((v, i) => v * (1 + 0.001 * (i % 2))).ToArray(),
        "Fixture.Demo.SumBenchmarks.Sum_ListCopy(Size: 100)" => Enumerable.Range(0, 20).Select(i => 5000.0 * (i < 10 && round <= 4 ? 2 - i / 10.0 : 1) * (1 + 0.01 * (i % 3))).ToArray(),
        _ => null,
    };

    /// <summary>Writes both runs into <paramref name="input"/> and returns it.</summary>
    public static string Write(string input)
    {
        V2Exports.WriteRun(input, Fixture.Lab, "20261127T090000Z-demo-aaaa", 6, Wobble, Series);
        V2Exports.WriteRun(input, Fixture.Lab, "20261127T110000Z-demo-bbbb", 6, (m, r) => m == "Sum_Linq" ? 1.08 * Wobble(m, r) : 1, Series, startHour: 11);
        return input;
    }
}
