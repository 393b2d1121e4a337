namespace PerfLab.Contract;

/// <summary>
/// Input a command cannot use, found before anything is built, run or written: an unknown option value, a missing
/// folder, malformed JSON, an export where nothing was measured. The message is one line that names the option or the
/// file and what is wrong; perflab prints it to stderr and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
public sealed class BadInputException : Exception
{
    public BadInputException(string message) : base(message)
    {
    }

    public BadInputException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
