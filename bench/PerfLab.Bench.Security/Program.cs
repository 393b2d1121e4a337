namespace PerfLab.Bench.Security;

public static class Program
{
    public static int Main(string[] args) => LabRunner.Run(typeof(Program).Assembly, args);
}
