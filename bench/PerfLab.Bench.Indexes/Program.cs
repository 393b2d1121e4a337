namespace PerfLab.Bench.Indexes;

public static class Program
{
    public static int Main(string[] args) => LabRunner.Run(typeof(Program).Assembly, args, LabServices.Postgres);
}
