using System.Runtime.InteropServices;

namespace PerfLab.Lab;

public static class Program
{
    public static int Main(string[] args)
    {
        // SIGINT (Ctrl-C) and SIGTERM cancel the run: the bench program's process tree is killed, run.json says interrupted.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });

        var repository = LabContext.FindRepository(Environment.CurrentDirectory) ?? LabContext.FindRepository(AppContext.BaseDirectory) ?? Environment.CurrentDirectory;
        var context = new LabContext(repository, new ChildProcessRunner(), Console.Out, Console.Error, TimeProvider.System, stop.Token);
        return LabCli.RunAsync(args, context).GetAwaiter().GetResult();
    }
}
