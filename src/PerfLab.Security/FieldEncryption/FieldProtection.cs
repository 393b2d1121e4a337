using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace PerfLab.Security.FieldEncryption;

/// <summary>How a customer's sensitive fields are stored.</summary>
public enum FieldProtection
{
    /// <summary>As TEXT, readable by anyone who reads the database file or a backup of it.</summary>
    Plaintext,

    /// <summary>As BLOBs sealed with AES-256-GCM under a key the database never holds.</summary>
    AesGcm,
}

/// <summary>The columns that hold personal data: each sealed value is bound to its row and its column.</summary>
public enum SensitiveField : byte
{
    Email = 1,
    Name = 2,
    Phone = 3,
}

/// <summary>Turns a sensitive field into its column value and back.</summary>
internal interface IFieldCodec : IDisposable
{
    SqliteType ColumnType { get; }

    object Encode(string? value, long rowId, SensitiveField field);

    string? Decode(SqliteDataReader reader, int ordinal, long rowId, SensitiveField field);
}

internal sealed class PlaintextCodec : IFieldCodec
{
    public SqliteType ColumnType => SqliteType.Text;

    public object Encode(string? value, long rowId, SensitiveField field) => value ?? (object)DBNull.Value;

    public string? Decode(SqliteDataReader reader, int ordinal, long rowId, SensitiveField field) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public void Dispose()
    {
    }
}

/// <summary>
/// AES-256-GCM per field; the associated data is the row id and the field, so a sealed value copied to another row or
/// column does not open. A missing value stays NULL (whether a customer has a phone is not hidden).
/// </summary>
internal sealed class AesGcmCodec(FieldKeyRing keys) : IFieldCodec
{
    private readonly AesGcmFieldCipher _cipher = new(keys);

    public SqliteType ColumnType => SqliteType.Blob;

    public object Encode(string? value, long rowId, SensitiveField field)
    {
        if (value is null) return DBNull.Value;
        Span<byte> binding = stackalloc byte[FieldBinding.Bytes];
        return _cipher.EncryptString(value, FieldBinding.Write(binding, rowId, field));
    }

    public string? Decode(SqliteDataReader reader, int ordinal, long rowId, SensitiveField field)
    {
        if (reader.IsDBNull(ordinal)) return null;
        Span<byte> binding = stackalloc byte[FieldBinding.Bytes];
        return _cipher.DecryptString(reader.GetFieldValue<byte[]>(ordinal), FieldBinding.Write(binding, rowId, field));
    }

    public void Dispose() => _cipher.Dispose();
}

/// <summary>The associated data of a sealed field: the row id (8 bytes, little-endian) and the field (1 byte).</summary>
public static class FieldBinding
{
    public const int Bytes = 9;

    public static ReadOnlySpan<byte> Write(Span<byte> destination, long rowId, SensitiveField field)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, rowId);
        destination[8] = (byte)field;
        return destination[..Bytes];
    }
}
