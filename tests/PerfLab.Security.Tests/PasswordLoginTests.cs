using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

public sealed class PasswordLoginTests
{
    private const string Password = "river-Falcon-4242";

    public static TheoryData<string> Tunable => TestHashers.Of(TestHashers.Tunable);

    [Theory]
    [MemberData(nameof(Tunable))]
    public void A_login_at_raised_settings_verifies_the_old_hash_and_returns_one_at_the_new_settings(string family)
    {
        var old = TestHashers.Create(family);
        var raised = TestHashers.CreateRaised(family);
        var stored = old.Hash(Password);
        var login = new PasswordLogin(raised);

        var first = login.Verify(Password, stored);

        Assert.True(first.Success);
        Assert.NotNull(first.Rehash);
        // The new hash is at the raised settings: the raised hasher reads it as current, the old one as stale.
        Assert.Equal(VerifyResult.Succeeded(needsRehash: false), raised.Verify(Password, first.Rehash));
        Assert.Equal(new LoginResult(true, null), login.Verify(Password, first.Rehash));
        Assert.True(old.Verify(Password, first.Rehash).Success);
    }

    [Theory]
    [MemberData(nameof(Tunable))]
    public void A_hash_at_the_current_settings_is_kept(string family)
    {
        var hasher = TestHashers.Create(family);
        var login = new PasswordLogin(hasher);

        Assert.Equal(new LoginResult(true, null), login.Verify(Password, hasher.Hash(Password)));
    }

    [Fact]
    public void A_wrong_password_is_refused_and_nothing_is_rehashed()
    {
        var login = new PasswordLogin(TestHashers.CreateRaised("Argon2idSodium"));
        var stored = TestHashers.Create("Argon2idSodium").Hash(Password);

        Assert.Same(LoginResult.Failed, login.Verify("river-Falcon-4243", stored));
    }

    [Fact]
    public void A_legacy_unsalted_SHA256_is_migrated_to_argon2id_at_the_first_login()
    {
        var current = new SodiumArgon2idHasher(TestHashers.SmallArgon2);
        var login = new PasswordLogin(current, new Sha256UnsaltedHasher(), new BcryptHasher(TestHashers.LowWorkFactor));
        var legacy = new Sha256UnsaltedHasher().Hash(Password);

        var result = login.Verify(Password, legacy);

        Assert.True(result.Success);
        Assert.NotNull(result.Rehash);
        Assert.StartsWith("$argon2id$v=19$m=256,t=1,p=1$", result.Rehash, StringComparison.Ordinal);
        Assert.Equal(new LoginResult(true, null), login.Verify(Password, result.Rehash));
    }

    [Fact]
    public void A_legacy_format_at_its_own_current_settings_is_still_migrated()
    {
        var bcrypt = new BcryptHasher(TestHashers.LowWorkFactor);
        var login = new PasswordLogin(new Pbkdf2Sha256Hasher(TestHashers.LowIterations), bcrypt);

        var result = login.Verify(Password, bcrypt.Hash(Password));

        Assert.True(result.Success);
        Assert.StartsWith("$pbkdf2-sha256$i=1000$", result.Rehash, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_string_in_no_accepted_format_is_an_error_not_a_failed_login()
    {
        var login = new PasswordLogin(new Pbkdf2Sha256Hasher(TestHashers.LowIterations));

        Assert.Throws<FormatException>(() => login.Verify(Password, new Sha256UnsaltedHasher().Hash(Password)));
    }
}
