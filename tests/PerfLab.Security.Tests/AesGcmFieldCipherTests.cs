using System.Security.Cryptography;
using System.Text;
using PerfLab.Security.FieldEncryption;

namespace PerfLab.Security.Tests;

public sealed class AesGcmFieldCipherTests : IDisposable
{
    private static readonly byte[] Binding = [1, 2, 3, 4, 5, 6, 7, 8, (byte)SensitiveField.Email];

    private readonly FieldKeyRing _keys = FieldKeyRing.Generate();
    private readonly AesGcmFieldCipher _cipher;

    public AesGcmFieldCipherTests() => _cipher = new AesGcmFieldCipher(_keys);

    public void Dispose()
    {
        _cipher.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("")]
    [InlineData("olivia.smith1@example.com")]
    [InlineData("Zoë Øztürk-Sørvåg, São Paulo")]
    public void A_value_opens_to_what_was_sealed(string value)
    {
        var sealedValue = _cipher.EncryptString(value, Binding);

        Assert.Equal(AesGcmFieldCipher.SealedLength(Encoding.UTF8.GetByteCount(value)), sealedValue.Length);
        Assert.Equal(value, _cipher.DecryptString(sealedValue, Binding));
    }

    [Fact]
    public void A_value_longer_than_the_stack_buffer_round_trips()
    {
        var value = string.Concat(Enumerable.Repeat("Sørvåg ", 100));

        Assert.Equal(value, _cipher.DecryptString(_cipher.EncryptString(value, Binding), Binding));
    }

    [Fact]
    public void Every_sealing_has_its_own_nonce_so_equal_values_look_different()
    {
        var first = _cipher.EncryptString("same@example.com", Binding);
        var second = _cipher.EncryptString("same@example.com", Binding);

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.AsSpan(1, AesGcmFieldCipher.NonceBytes).ToArray(), second.AsSpan(1, AesGcmFieldCipher.NonceBytes).ToArray());
        Assert.Equal(_keys.CurrentKeyId, first[0]);
    }

    /// <summary>
    /// Byte offsets in <c>key id | nonce | tag | ciphertext</c>: the first and last byte of the nonce, of the tag and
    /// of the ciphertext (negative: from the end).
    /// </summary>
    public static TheoryData<int> Offsets => new()
    {
        1,
        AesGcmFieldCipher.NonceBytes,
        1 + AesGcmFieldCipher.NonceBytes,
        AesGcmFieldCipher.HeaderBytes - 1,
        AesGcmFieldCipher.HeaderBytes,
        -1,
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_flipped_bit_in_the_nonce_the_tag_or_the_ciphertext_fails_to_open(int offset)
    {
        var sealedValue = _cipher.EncryptString("olivia.smith1@example.com", Binding);
        sealedValue[offset >= 0 ? offset : sealedValue.Length + offset] ^= 0x01;

        Assert.Throws<AuthenticationTagMismatchException>(() => _cipher.DecryptString(sealedValue, Binding));
    }

    [Fact]
    public void A_value_moved_to_another_row_or_column_fails_to_open()
    {
        var sealedValue = _cipher.EncryptString("olivia.smith1@example.com", Binding);
        var otherRow = Binding.ToArray();
        otherRow[0] = 9;
        var otherColumn = Binding.ToArray();
        otherColumn[^1] = (byte)SensitiveField.Name;

        Assert.Throws<AuthenticationTagMismatchException>(() => _cipher.DecryptString(sealedValue, otherRow));
        Assert.Throws<AuthenticationTagMismatchException>(() => _cipher.DecryptString(sealedValue, otherColumn));
    }

    [Fact]
    public void A_truncated_value_or_an_unknown_key_is_refused()
    {
        var sealedValue = _cipher.EncryptString("x", Binding);
        var unknownKey = sealedValue.ToArray();
        unknownKey[0] = 200;

        Assert.ThrowsAny<CryptographicException>(() => _cipher.Decrypt(sealedValue.AsSpan(0, AesGcmFieldCipher.HeaderBytes - 1), Binding));
        Assert.ThrowsAny<CryptographicException>(() => _cipher.Decrypt(unknownKey, Binding));
    }

    [Fact]
    public void After_a_rotation_new_values_use_the_new_key_and_old_values_still_open()
    {
        var old = _cipher.EncryptString("before@example.com", Binding);
        var rotated = _keys.Rotate();
        using var cipher = new AesGcmFieldCipher(rotated);

        var fresh = cipher.EncryptString("after@example.com", Binding);

        Assert.Equal(rotated.CurrentKeyId, fresh[0]);
        Assert.NotEqual(_keys.CurrentKeyId, rotated.CurrentKeyId);
        Assert.Equal("before@example.com", cipher.DecryptString(old, Binding));
        Assert.Equal("after@example.com", cipher.DecryptString(fresh, Binding));
        // The old ring does not have the new key.
        Assert.ThrowsAny<CryptographicException>(() => _cipher.DecryptString(fresh, Binding));
    }

    [Fact]
    public void A_value_sealed_under_another_ring_with_the_same_key_id_does_not_open()
    {
        using var stranger = new AesGcmFieldCipher(FieldKeyRing.Generate());

        Assert.Throws<AuthenticationTagMismatchException>(() => _cipher.DecryptString(stranger.EncryptString("x", Binding), Binding));
    }

    [Fact]
    public void Keys_must_be_AES256_and_the_current_one_present()
    {
        Assert.Throws<ArgumentException>(() => new FieldKeyRing(1, new Dictionary<byte, byte[]> { [1] = new byte[16] }));
        Assert.Throws<ArgumentException>(() => new FieldKeyRing(2, new Dictionary<byte, byte[]> { [1] = new byte[32] }));
    }

    [Fact]
    public void The_binding_is_the_row_id_and_the_field()
    {
        Span<byte> buffer = stackalloc byte[FieldBinding.Bytes];

        var binding = FieldBinding.Write(buffer, 0x0807060504030201, SensitiveField.Email);

        Assert.Equal(Binding, binding.ToArray());
    }
}
