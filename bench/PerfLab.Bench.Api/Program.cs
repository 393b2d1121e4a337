namespace PerfLab.Bench.Api;

public static class Program
{
    public static int Main(string[] args) => LabRunner.Run(typeof(Program).Assembly, args);
}
