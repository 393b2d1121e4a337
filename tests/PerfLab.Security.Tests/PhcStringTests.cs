using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

public sealed class PhcStringTests
{
    [Fact]
    public void A_string_with_version_and_parameters_round_trips()
    {
        const string text = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

        var phc = PhcString.Parse(text);

        Assert.Equal("argon2id", phc.Id);
        Assert.Equal(19, phc.Version);
        Assert.Equal(19456, phc.IntParameter("m"));
        Assert.Equal(2, phc.IntParameter("t"));
        Assert.Equal("1", phc.Parameter("p"));
        Assert.Equal("somesaltsomesalt"u8.ToArray(), phc.Salt);
        Assert.Equal(Enumerable.Range(0, 32).Select(i => (byte)i), phc.Hash);
        Assert.Equal(text, phc.ToString());
    }

    [Theory]
    [InlineData("$pbkdf2-sha256$i=600000$c2FsdA$aGFzaA", "pbkdf2-sha256", null, 1)]
    [InlineData("$sha256$c2FsdA$aGFzaA", "sha256", null, 0)]
    [InlineData("$x$v=1$c2FsdA$aGFzaA", "x", 1, 0)]
    public void Version_and_parameters_are_optional(string text, string id, int? version, int parameters)
    {
        var phc = PhcString.Parse(text);

        Assert.Equal(id, phc.Id);
        Assert.Equal(version, phc.Version);
        Assert.Equal(parameters, phc.Parameters.Count);
        Assert.Equal("salt"u8.ToArray(), phc.Salt);
        Assert.Equal("hash"u8.ToArray(), phc.Hash);
        Assert.Equal(text, phc.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA")]
    [InlineData("$argon2id")]
    [InlineData("$argon2id$c2FsdA")]
    [InlineData("$$c2FsdA$aGFzaA")]
    [InlineData("$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA$extra")]
    [InlineData("$argon2id$v=19$m1$c2FsdA$aGFzaA")]
    [InlineData("$argon2id$v=19$m=1$not base64!$aGFzaA")]
    public void Malformed_strings_are_format_errors(string text) =>
        Assert.Throws<FormatException>(() => PhcString.Parse(text));

    [Fact]
    public void A_missing_or_non_numeric_parameter_is_a_format_error()
    {
        var phc = PhcString.Parse("$argon2id$v=19$m=abc,t=1$c2FsdA$aGFzaA");

        Assert.Throws<FormatException>(() => phc.IntParameter("m"));
        Assert.Throws<FormatException>(() => phc.Parameter("p"));
    }

    [Fact]
    public void Base64_is_written_without_padding_and_read_with_or_without()
    {
        Assert.Equal("c2FsdA", PhcString.Encode("salt"u8));
        Assert.Equal("salt"u8.ToArray(), PhcString.Decode("c2FsdA"));
        Assert.Equal("salt"u8.ToArray(), PhcString.Decode("c2FsdA=="));
    }

    [Fact]
    public void Argon2_settings_are_read_from_the_string_and_must_be_argon2id_version_19()
    {
        Assert.Equal(new Argon2Settings(19456, 2, 1), Argon2Settings.Of(PhcString.Parse("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")));
        Assert.Throws<FormatException>(() => Argon2Settings.Of(PhcString.Parse("$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")));
        Assert.Throws<FormatException>(() => Argon2Settings.Of(PhcString.Parse("$argon2id$v=16$m=19456,t=2,p=1$c2FsdA$aGFzaA")));
    }
}
