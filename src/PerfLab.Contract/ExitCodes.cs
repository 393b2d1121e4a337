namespace PerfLab.Contract;

/// <summary>The exit codes of perflab and every command on it (run, ab, report, compare, power, suites), listed in --help.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A build, a round, the report failed; for <c>ab</c>/<c>compare</c>: a (confirmed) regression.</summary>
    public const int Failure = 1;

    /// <summary>Bad input (<see cref="BadInputException"/>): an unknown option or suite, a value out of range, a missing folder. Nothing was built, run or written.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it): finished rounds are kept, <c>--resume</c> continues; a report keeps the old output.</summary>
    public const int Interrupted = 130;

    /// <summary>The table printed under every --help.</summary>
    public static readonly IReadOnlyList<(int Code, string Meaning)> Table =
    [
        (Success, "success (ab, compare: no regression)"),
        (Failure, "a build, a round or the report failed; ab, compare: a regression (ab --confirm: a confirmed one)"),
        (BadInput, "bad input: unknown option or suite, value out of range, missing folder (nothing was built or run)"),
        (Interrupted, "interrupted (Ctrl-C, SIGTERM): finished rounds and run.json are kept; continue with run --resume"),
    ];
}
