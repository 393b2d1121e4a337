using System.Globalization;

namespace PerfLab.Machine;

/// <summary>A process's <c>/proc/&lt;pid&gt;/stat</c> line (proc(5)), read by field number.</summary>
public static class ProcStat
{
    /// <summary>
    /// Field <paramref name="number"/> (1-based, as proc(5) numbers them) of <paramref name="stat"/>, from 3 (state) on:
    /// the command name before it, field 2, may hold spaces and parentheses, so fields are counted after its last ')'.
    /// </summary>
    public static long Field(string stat, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 3);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
    }
}
