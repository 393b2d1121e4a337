using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PerfLab.Security.FieldEncryption;

/// <summary>
/// Seals one field value with AES-256-GCM: <c>key id (1) | nonce (12) | tag (16) | ciphertext</c>. The nonce is
/// random per value (safe for up to about 2^32 values per key, which is why the ring rotates keys); the tag
/// authenticates the ciphertext, the nonce, the key id and the associated data, so a changed bit anywhere, or a value
/// copied to another row or column, fails to open instead of decrypting to garbage.
/// </summary>
/// <remarks>One instance per connection or thread: <see cref="AesGcm"/> instances are not thread-safe.</remarks>
public sealed class AesGcmFieldCipher : IDisposable
{
    public const int NonceBytes = 12;
    public const int TagBytes = 16;
    public const int HeaderBytes = 1 + NonceBytes + TagBytes;

    /// <summary>The largest caller associated data (the row and column binding is 9 bytes).</summary>
    public const int MaxAssociatedBytes = 64;

    /// <summary>Values up to this many UTF-8 bytes are encoded on the stack.</summary>
    private const int StackBytes = 256;

    private readonly Dictionary<byte, AesGcm> _ciphers;
    private readonly byte _currentKeyId;
    private readonly AesGcm _current;

    public AesGcmFieldCipher(FieldKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _ciphers = keys.KeyIds.ToDictionary(id => id, id => new AesGcm(keys.Key(id), TagBytes));
        _currentKeyId = keys.CurrentKeyId;
        _current = _ciphers[_currentKeyId];
    }

    /// <summary>Stored size of a value of <paramref name="plaintextBytes"/> bytes.</summary>
    public static int SealedLength(int plaintextBytes) => HeaderBytes + plaintextBytes;

    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var sealedValue = new byte[SealedLength(plaintext.Length)];
        sealedValue[0] = _currentKeyId;
        var nonce = sealedValue.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        // The key id is authenticated too: it is part of the associated data the tag covers.
        Span<byte> buffer = stackalloc byte[1 + MaxAssociatedBytes];
        var boundData = AssociatedData(sealedValue[0], associatedData, buffer);
        _current.Encrypt(nonce, plaintext, sealedValue.AsSpan(HeaderBytes), sealedValue.AsSpan(1 + NonceBytes, TagBytes), boundData);
        return sealedValue;
    }

    /// <summary>Opens a sealed value into <paramref name="plaintext"/> (at least <c>sealed.Length - HeaderBytes</c> bytes); returns its length.</summary>
    /// <exception cref="AuthenticationTagMismatchException">The value, its nonce, tag or key id, or the associated data changed.</exception>
    /// <exception cref="CryptographicException">The value is too short or names an unknown key.</exception>
    public int Decrypt(ReadOnlySpan<byte> sealedValue, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        if (sealedValue.Length < HeaderBytes) throw new CryptographicException("sealed value shorter than its header");
        if (!_ciphers.TryGetValue(sealedValue[0], out var cipher)) throw new CryptographicException($"sealed under unknown key {sealedValue[0]}");
        var length = sealedValue.Length - HeaderBytes;
        Span<byte> buffer = stackalloc byte[1 + MaxAssociatedBytes];
        var boundData = AssociatedData(sealedValue[0], associatedData, buffer);
        cipher.Decrypt(sealedValue.Slice(1, NonceBytes), sealedValue[HeaderBytes..], sealedValue.Slice(1 + NonceBytes, TagBytes), plaintext[..length], boundData);
        return length;
    }

    public byte[] Decrypt(ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        var plaintext = new byte[Math.Max(0, sealedValue.Length - HeaderBytes)];
        Decrypt(sealedValue, plaintext, associatedData);
        return plaintext;
    }

    public byte[] EncryptString(string value, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = Encoding.UTF8.GetByteCount(value);
        byte[]? rented = null;
        Span<byte> utf8 = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(value, utf8);
            return Encrypt(utf8[..written], associatedData);
        }
        finally
        {
            // The plaintext must not outlive the call in a shared buffer.
            CryptographicOperations.ZeroMemory(utf8[..length]);
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public string DecryptString(ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        var length = Math.Max(0, sealedValue.Length - HeaderBytes);
        byte[]? rented = null;
        Span<byte> utf8 = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Decrypt(sealedValue, utf8, associatedData);
            return Encoding.UTF8.GetString(utf8[..written]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(utf8[..length]);
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose()
    {
        foreach (var cipher in _ciphers.Values) cipher.Dispose();
    }

    /// <summary>The key id followed by the caller's associated data, in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<byte> AssociatedData(byte keyId, ReadOnlySpan<byte> associatedData, Span<byte> buffer)
    {
        if (associatedData.Length > MaxAssociatedBytes) throw new ArgumentException($"associated data over {MaxAssociatedBytes} bytes", nameof(associatedData));
        buffer[0] = keyId;
        associatedData.CopyTo(buffer[1..]);
        return buffer[..(1 + associatedData.Length)];
    }
}
