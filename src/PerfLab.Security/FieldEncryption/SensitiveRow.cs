using Microsoft.Data.Sqlite;
using PerfLab.Data.Rows;

namespace PerfLab.Security.FieldEncryption;

/// <summary>
/// A row of <see cref="SensitiveCustomerStore"/> for <see cref="RowMapper"/>: the plain columns read as
/// <see cref="SqliteTextRow"/> reads them, the sensitive ones (email, name, phone) opened by the store's codec, bound
/// to the row's id.
/// </summary>
internal readonly struct SensitiveRow(SqliteDataReader reader, IFieldCodec codec, long rowId) : IRowReader
{
    private readonly SqliteTextRow _plain = new(reader);

    public bool IsNull(int ordinal) => _plain.IsNull(ordinal);
    public long GetInt64(int ordinal) => _plain.GetInt64(ordinal);
    public int GetInt32(int ordinal) => _plain.GetInt32(ordinal);
    public Guid GetGuid(int ordinal) => _plain.GetGuid(ordinal);
    public decimal GetDecimal(int ordinal) => _plain.GetDecimal(ordinal);
    public DateTime GetDateTime(int ordinal) => _plain.GetDateTime(ordinal);

    // A sensitive column is opened (its codec reads NULL as null, which the mapper has already ruled out).
    public string GetString(int ordinal) => ordinal switch
    {
        2 => codec.Decode(reader, ordinal, rowId, SensitiveField.Email)!,
        3 => codec.Decode(reader, ordinal, rowId, SensitiveField.Name)!,
        6 => codec.Decode(reader, ordinal, rowId, SensitiveField.Phone)!,
        _ => _plain.GetString(ordinal),
    };
}
