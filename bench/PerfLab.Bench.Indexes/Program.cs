using PerfLab.Bench.Common;

namespace PerfLab.Bench.Indexes;

public static class Program
{
    public static int Main(string[] args) => LabRunner.Run(Suites.Indexes, typeof(Program).Assembly, args);
}
