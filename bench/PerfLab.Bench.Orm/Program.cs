namespace PerfLab.Bench.Orm;

public static class Program
{
    // One PostgreSQL server per round for the PostgreSQL classes (the SQLite classes need none).
    public static int Main(string[] args) => LabRunner.Run(typeof(Program).Assembly, args, LabServices.Postgres);
}
