namespace PerfLab.Data.Rows;

/// <summary>
/// A row reader that also advances through its result (ADO.NET's data readers), so the loops that fold rows into
/// lists and graphs are written once for every engine. SQLitePCLRaw steps its statement itself and has no cursor.
/// </summary>
public interface IRowCursor : IRowReader
{
    /// <summary>Moves to the next row: false after the last.</summary>
    bool Read();
}
