using System.Security.Cryptography;
using System.Text;
using PerfLab.Data.Generation;
using PerfLab.Security.FieldEncryption;

namespace PerfLab.Security.Tests;

public sealed class SensitiveCustomerStoreTests
{
    /// <summary>Small on purpose: the tests prove behaviour, and 50 customers load in milliseconds.</summary>
    private const int Scale = 50;

    public static TheoryData<FieldProtection> Protections => new() { FieldProtection.Plaintext, FieldProtection.AesGcm };

    [Theory]
    [MemberData(nameof(Protections))]
    public void Every_customer_reads_back_as_generated(FieldProtection protection)
    {
        using var store = SensitiveCustomerStore.Create(protection, Scale);
        var generated = new CommerceDataGenerator(Scale).Customers().ToArray();

        Assert.Equal(generated, store.Customers);
        Assert.All(generated, customer => Assert.Equal(customer, store.Read(customer.Id)));
        // The generator leaves about a third of phones empty: both kinds of row are covered.
        Assert.Contains(generated, c => c.Phone is null);
    }

    [Theory]
    [MemberData(nameof(Protections))]
    public void A_written_customer_reads_back_with_the_new_values(FieldProtection protection)
    {
        using var store = SensitiveCustomerStore.Create(protection, Scale);
        var edited = store.Customers[6] with { Email = "new.address7@example.org", Name = "Søren Nowak", Phone = null };
        var other = store.Customers[7];

        store.Write(edited);

        Assert.Equal(edited, store.Read(edited.Id));
        Assert.Equal(other, store.Read(other.Id));
    }

    [Fact]
    public void Encrypted_columns_hold_no_plaintext()
    {
        using var store = SensitiveCustomerStore.Create(FieldProtection.AesGcm, Scale);
        var customer = store.Customers.First(c => c.Phone is not null);

        foreach (var (field, value) in new[] { (SensitiveField.Email, customer.Email), (SensitiveField.Name, customer.Name), (SensitiveField.Phone, customer.Phone!) })
        {
            var raw = Assert.IsType<byte[]>(store.RawValue(customer.Id, field));
            Assert.Equal(AesGcmFieldCipher.SealedLength(Encoding.UTF8.GetByteCount(value)), raw.Length);
            Assert.Equal(-1, raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)));
        }
    }

    [Fact]
    public void Plaintext_columns_hold_the_text_itself()
    {
        using var store = SensitiveCustomerStore.Create(FieldProtection.Plaintext, Scale);
        var customer = store.Customers[0];

        Assert.Equal(customer.Email, store.RawValue(customer.Id, SensitiveField.Email));
    }

    [Fact]
    public void A_sealed_value_copied_to_another_row_or_column_does_not_open()
    {
        using var store = SensitiveCustomerStore.Create(FieldProtection.AesGcm, Scale);
        var email = store.RawValue(1, SensitiveField.Email);

        store.WriteRawValue(2, SensitiveField.Email, email);
        store.WriteRawValue(3, SensitiveField.Name, store.RawValue(3, SensitiveField.Email));

        Assert.ThrowsAny<CryptographicException>(() => store.Read(2));
        Assert.ThrowsAny<CryptographicException>(() => store.Read(3));
        Assert.Equal(store.Customers[0], store.Read(1));
    }

    [Fact]
    public void Sealing_adds_its_header_to_every_present_field()
    {
        using var plaintext = SensitiveCustomerStore.Create(FieldProtection.Plaintext, Scale);
        using var sealedStore = SensitiveCustomerStore.Create(FieldProtection.AesGcm, Scale);
        var presentFields = plaintext.Customers.Average(c => c.Phone is null ? 2.0 : 3.0);

        Assert.Equal(AesGcmFieldCipher.HeaderBytes * presentFields, sealedStore.SensitiveBytesPerRow() - plaintext.SensitiveBytesPerRow(), precision: 9);
    }

    [Fact]
    public void Writes_run_in_WAL_mode_without_waiting_for_fsync()
    {
        using var store = SensitiveCustomerStore.Create(FieldProtection.AesGcm, Scale);

        Assert.Equal("wal", store.Settings.JournalMode);
        Assert.Equal("NORMAL", store.Settings.Synchronous);
    }

    [Fact]
    public void A_missing_customer_is_an_error()
    {
        using var store = SensitiveCustomerStore.Create(FieldProtection.Plaintext, Scale);

        Assert.Throws<KeyNotFoundException>(() => store.Read(Scale + 1));
        Assert.Throws<KeyNotFoundException>(() => store.Write(store.Customers[0] with { Id = Scale + 1 }));
    }
}
