namespace PerfLab.Bench.Serialization;

public static class Program
{
    public static int Main(string[] args)
    {
        DeserializationGc.Apply();
        return LabRunner.Run(typeof(Program).Assembly, args);
    }
}
