using PerfLab.Bench.Common;

namespace PerfLab.Bench.Serialization;

public static class Program
{
    public static int Main(string[] args) => LabRunner.Run(Suites.Serialization, typeof(Program).Assembly, args);
}
