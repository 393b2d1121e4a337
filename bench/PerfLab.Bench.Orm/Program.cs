using PerfLab.Bench.Common;

namespace PerfLab.Bench.Orm;

public static class Program
{
    public static int Main(string[] args) => LabRunner.Run(Suites.Orm, typeof(Program).Assembly, args);
}
