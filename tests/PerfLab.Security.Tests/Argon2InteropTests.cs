using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

/// <summary>
/// The three Argon2id implementations compute the same function and write the same format: each verifies the
/// others' hashes. This is what makes their times comparable, and why an attacker may pick the fastest.
/// </summary>
public sealed class Argon2InteropTests
{
    private const string Password = "Sørvåg-niño-2026";

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var producer in TestHashers.Argon2Implementations)
        {
            foreach (var verifier in TestHashers.Argon2Implementations)
            {
                if (producer != verifier) data.Add(producer, verifier);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void One_implementations_hash_verifies_with_another(string producer, string verifier)
    {
        var stored = TestHashers.Create(producer).Hash(Password);
        var reader = TestHashers.Create(verifier);

        Assert.True(reader.CanVerify(stored));
        Assert.Equal(VerifyResult.Succeeded(needsRehash: false), reader.Verify(Password, stored));
        Assert.False(reader.Verify(Password + "!", stored).Success);
    }

    [Fact]
    public void Every_implementation_derives_the_reference_hash_of_a_known_salt()
    {
        // One salt and password hashed by Konscious (raw derivation), then verified by the two that verify on their own:
        // equal outputs for an input none of them chose.
        var salt = Enumerable.Range(1, Argon2Settings.SaltBytes).Select(i => (byte)i).ToArray();
        using var konscious = new Konscious.Security.Cryptography.Argon2id(System.Text.Encoding.UTF8.GetBytes(Password))
        {
            Salt = salt,
            MemorySize = TestHashers.SmallArgon2.MemoryKiB,
            Iterations = TestHashers.SmallArgon2.Iterations,
            DegreeOfParallelism = 1,
        };
        var stored = TestHashers.SmallArgon2.Format(salt, konscious.GetBytes(Argon2Settings.HashBytes));

        Assert.True(new SodiumArgon2idHasher(TestHashers.SmallArgon2).Verify(Password, stored).Success);
        Assert.True(new IsopohArgon2idHasher(TestHashers.SmallArgon2).Verify(Password, stored).Success);
    }
}
