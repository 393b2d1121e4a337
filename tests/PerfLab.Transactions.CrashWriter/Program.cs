using PerfLab.Transactions.Crash;
using PerfLab.Transactions.Durability;

namespace PerfLab.Transactions.CrashWriter;

/// <summary>
/// <c>dotnet PerfLab.Transactions.CrashWriter.dll &lt;database&gt; &lt;setting&gt;</c>, setting e.g. <c>wal-full</c>:
/// commits into the database and acknowledges each commit on stdout until it is killed (see <see cref="CommitLogWriter"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine($"usage: PerfLab.Transactions.CrashWriter <database> <setting: {string.Join(" | ", DurabilitySetting.All)}>");
            return 2;
        }
        CommitLogWriter.Run(args[0], DurabilitySetting.Parse(args[1]), Console.Out);
        return 0;
    }
}
