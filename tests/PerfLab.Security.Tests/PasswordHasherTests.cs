using System.Security.Cryptography;
using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

public sealed class PasswordHasherTests
{
    private const string Password = "correct horse battery staple";

    public static TheoryData<string> All => TestHashers.Of(TestHashers.Names);

    public static TheoryData<string> Salted => TestHashers.Of(TestHashers.Names.Where(n => n != "Sha256Unsalted"));

    public static TheoryData<string> LabVerified => TestHashers.Of(TestHashers.LabVerified);

    public static TheoryData<string> Phc => TestHashers.Of(TestHashers.Phc);

    [Theory]
    [MemberData(nameof(All))]
    public void A_hash_verifies_its_password_and_reads_its_own_format(string family)
    {
        var hasher = TestHashers.Create(family);
        var stored = hasher.Hash(Password);

        Assert.True(hasher.CanVerify(stored));
        Assert.True(hasher.Verify(Password, stored).Success);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void A_wrong_password_fails_including_one_differing_only_in_its_first_or_last_character(string family)
    {
        var hasher = TestHashers.Create(family);
        var stored = hasher.Hash(Password);

        Assert.False(hasher.Verify("correct horse battery stapler", stored).Success);
        // Equal length, one character changed at either end.
        Assert.False(hasher.Verify("Correct horse battery staple", stored).Success);
        Assert.False(hasher.Verify("correct horse battery staplE", stored).Success);
    }

    [Theory]
    [MemberData(nameof(Salted))]
    public void Two_hashes_of_one_password_differ_because_each_has_its_own_salt(string family)
    {
        var hasher = TestHashers.Create(family);

        var first = hasher.Hash(Password);
        var second = hasher.Hash(Password);

        Assert.True(hasher.IsSalted);
        Assert.NotEqual(first, second);
        Assert.True(hasher.Verify(Password, first).Success);
        Assert.True(hasher.Verify(Password, second).Success);
    }

    [Fact]
    public void Unsalted_SHA256_gives_every_user_of_a_password_the_same_hash()
    {
        var hasher = new Sha256UnsaltedHasher();

        Assert.False(hasher.IsSalted);
        Assert.Equal(hasher.Hash(Password), hasher.Hash(Password));
        // The well-known SHA-256 of "abc": the format is the plain hex digest.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hasher.Hash("abc"));
    }

    [Theory]
    [MemberData(nameof(Phc))]
    public void A_stored_hash_changed_in_its_first_or_last_byte_fails(string family)
    {
        var hasher = TestHashers.Create(family);
        var stored = PhcString.Parse(hasher.Hash(Password));

        foreach (var index in new[] { 0, stored.Hash.Length - 1 })
        {
            var hash = stored.Hash.ToArray();
            hash[index] ^= 0x01;
            var tampered = (stored with { Hash = hash }).ToString();

            Assert.False(hasher.Verify(Password, tampered).Success);
        }
    }

    [Fact]
    public void An_unsalted_hex_hash_changed_in_its_first_or_last_digit_fails()
    {
        var hasher = new Sha256UnsaltedHasher();
        var stored = hasher.Hash(Password);

        Assert.False(hasher.Verify(Password, Flip(stored, 0)).Success);
        Assert.False(hasher.Verify(Password, Flip(stored, stored.Length - 1)).Success);

        static string Flip(string hex, int index) => hex[..index] + (hex[index] == '0' ? '1' : '0') + hex[(index + 1)..];
    }

    [Theory]
    [MemberData(nameof(LabVerified))]
    public void Verification_compares_the_whole_hash_once_through_the_constant_time_comparison(string family)
    {
        var calls = new List<(int Expected, int Actual)>();
        HashComparison recording = (expected, actual) =>
        {
            calls.Add((expected.Length, actual.Length));
            return ConstantTime.Default(expected, actual);
        };
        var hasher = TestHashers.Create(family, recording);
        var stored = hasher.Hash(Password);

        Assert.True(hasher.Verify(Password, stored).Success);
        Assert.False(hasher.Verify("Correct horse battery staple", stored).Success);

        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal(c.Expected, c.Actual));
        Assert.All(calls, c => Assert.True(c.Expected >= 32));
    }

    [Fact]
    public void The_default_comparison_is_FixedTimeEquals()
    {
        var fixedTimeEquals = typeof(CryptographicOperations).GetMethod(
            nameof(CryptographicOperations.FixedTimeEquals), [typeof(ReadOnlySpan<byte>), typeof(ReadOnlySpan<byte>)]);

        Assert.NotNull(fixedTimeEquals);
        Assert.Equal(fixedTimeEquals, ConstantTime.Default.Method);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void A_hasher_rejects_the_other_formats(string family)
    {
        var hasher = TestHashers.Create(family);
        var others = TestHashers.Names.Where(n => n != family && !(family.StartsWith("Argon2id", StringComparison.Ordinal) && n.StartsWith("Argon2id", StringComparison.Ordinal)));

        foreach (var other in others)
        {
            var stored = TestHashers.Create(other).Hash(Password);
            Assert.False(hasher.CanVerify(stored), $"{family} claims {other}'s format");
            Assert.Throws<FormatException>(() => hasher.Verify(Password, stored));
        }
    }

    [Fact]
    public void Stored_strings_carry_their_parameters()
    {
        Assert.StartsWith("$pbkdf2-sha256$i=1000$", TestHashers.Create("Pbkdf2Sha256").Hash(Password), StringComparison.Ordinal);

        Assert.True(IdentityV3Hasher.TryReadHeader(TestHashers.Create("IdentityV3").Hash(Password), out var prf, out var iterations));
        Assert.Equal(IdentityV3Hasher.HmacSha512, prf);
        Assert.Equal(TestHashers.LowIterations, iterations);

        Assert.Equal(TestHashers.LowWorkFactor, BcryptHasher.WorkFactorOf(TestHashers.Create("Bcrypt").Hash(Password)));

        foreach (var family in TestHashers.Argon2Implementations)
        {
            var stored = TestHashers.Create(family).Hash(Password);
            Assert.StartsWith("$argon2id$v=19$m=256,t=1,p=1$", stored, StringComparison.Ordinal);
            Assert.Equal(TestHashers.SmallArgon2, Argon2Settings.Of(PhcString.Parse(stored)));
        }
    }

    /// <summary>The recommended settings themselves: one real hash each of the cheaper ones (tens to hundreds of milliseconds).</summary>
    [Fact]
    public void The_catalog_hashes_at_the_recommended_settings()
    {
        Assert.StartsWith("$pbkdf2-sha256$i=600000$", PasswordHasherCatalog.Pbkdf2Sha256.Hash(Password), StringComparison.Ordinal);
        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", PasswordHasherCatalog.Argon2idSodium_M19T2.Hash(Password), StringComparison.Ordinal);
        Assert.Equal(10, BcryptHasher.WorkFactorOf(PasswordHasherCatalog.BcryptWf10.Hash(Password)));
        Assert.True(IdentityV3Hasher.TryReadHeader(PasswordHasherCatalog.IdentityV3.Hash(Password), out var prf, out var iterations));
        Assert.Equal(IdentityV3Hasher.HmacSha512, prf);
        Assert.Equal(IdentityV3Hasher.DefaultIterations, iterations);
    }

    [Fact]
    public void The_catalog_names_each_hasher_once_and_its_settings_are_OWASPs()
    {
        Assert.Equal(PasswordHasherCatalog.All.Count, PasswordHasherCatalog.All.Select(h => h.Name).Distinct().Count());
        Assert.All(PasswordHasherCatalog.All, h => Assert.Same(h, PasswordHasherCatalog.Get(h.Name)));

        Assert.Equal("pbkdf2-sha256 i=600000", PasswordHasherCatalog.Pbkdf2Sha256.Setting);
        Assert.Equal("bcrypt wf=12", PasswordHasherCatalog.BcryptWf12.Setting);
        Assert.Equal("argon2id m=19456,t=2,p=1", PasswordHasherCatalog.Argon2idKonscious_M19T2.Setting);
        Assert.Equal("argon2id m=47104,t=1,p=1", PasswordHasherCatalog.Argon2idSodium_M46T1.Setting);
        // The three implementations at one setting compute the same function: one Setting.
        Assert.Single(new Argon2idHasher[]
        {
            PasswordHasherCatalog.Argon2idKonscious_M19T2, PasswordHasherCatalog.Argon2idIsopoh_M19T2, PasswordHasherCatalog.Argon2idSodium_M19T2,
        }.Select(h => h.Setting).Distinct());
        Assert.Equal("Argon2idSodium_M46T1", PasswordHasherCatalog.Argon2idSodium_M46T1.Name);
        Assert.Throws<ArgumentException>(() => PasswordHasherCatalog.Get("Md5"));
    }
}
