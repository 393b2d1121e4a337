using System.Security.Cryptography;

namespace PerfLab.Security.FieldEncryption;

/// <summary>
/// The data-encryption keys of the sensitive columns, held by the application, never in the database (in production
/// they come from a key vault or KMS at start-up). New values are sealed under <see cref="CurrentKeyId"/>; older keys
/// stay to open values sealed before a rotation, which stored values name by their first byte.
/// </summary>
public sealed class FieldKeyRing
{
    public const int KeyBytes = 32;

    private readonly Dictionary<byte, byte[]> _keys;

    public FieldKeyRing(byte currentKeyId, IReadOnlyDictionary<byte, byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!keys.ContainsKey(currentKeyId)) throw new ArgumentException($"no key with the current id {currentKeyId}", nameof(keys));
        if (keys.Values.Any(k => k is not { Length: KeyBytes })) throw new ArgumentException($"every key must be {KeyBytes} bytes (AES-256)", nameof(keys));
        CurrentKeyId = currentKeyId;
        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray());
    }

    public byte CurrentKeyId { get; }

    public IEnumerable<byte> KeyIds => _keys.Keys;

    /// <summary>A ring with one fresh random AES-256 key, id 1.</summary>
    public static FieldKeyRing Generate() => new(1, new Dictionary<byte, byte[]> { [1] = RandomNumberGenerator.GetBytes(KeyBytes) });

    /// <summary>This ring plus a fresh key that becomes current (the old ones still open what they sealed).</summary>
    public FieldKeyRing Rotate()
    {
        var next = checked((byte)(_keys.Keys.Max() + 1));
        var keys = new Dictionary<byte, byte[]>(_keys) { [next] = RandomNumberGenerator.GetBytes(KeyBytes) };
        return new FieldKeyRing(next, keys);
    }

    internal byte[] Key(byte id) => _keys[id];
}
