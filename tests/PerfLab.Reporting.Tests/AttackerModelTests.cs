using PerfLab.Reporting.Sections;

namespace PerfLab.Reporting.Tests;

public sealed class AttackerModelTests
{
    private static readonly HashMeasurement[] Rows =
    [
        new("Argon2idKonscious_M19T2", "argon2id m=19456,t=2,p=1", Salted: true, Nanoseconds: 300e6),
        new("Argon2idSodium_M19T2", "argon2id m=19456,t=2,p=1", Salted: true, Nanoseconds: 50e6),
        new("BcryptWf10", "bcrypt wf=10", Salted: true, Nanoseconds: 64e6),
        new("Sha256Unsalted", "sha256", Salted: false, Nanoseconds: 250),
    ];

    [Fact]
    public void Guesses_per_second_and_time_for_the_common_passwords_follow_from_the_mean()
    {
        Assert.Equal(4e6, AttackerModel.GuessesPerSecond(250), precision: 6);
        Assert.Equal(20, AttackerModel.GuessesPerSecond(50e6), precision: 9);
        Assert.Equal(500, AttackerModel.SecondsToTry(50e6, AttackerModel.CommonPasswords, salted: true), precision: 9);
        Assert.Equal(0.0025, AttackerModel.SecondsToTry(250, AttackerModel.CommonPasswords, salted: false), precision: 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => AttackerModel.GuessesPerSecond(0));
    }

    [Fact]
    public void The_attacker_runs_the_fastest_implementation_of_a_setting_and_the_server_pays_its_own()
    {
        var konscious = AttackerModel.Estimate(Rows)[0];

        Assert.Equal("Argon2idSodium_M19T2", konscious.AttackerImplementation);
        Assert.Equal(20, konscious.GuessesPerSecondPerCore, precision: 9);
        Assert.Equal(500, konscious.SecondsToTryCommonPasswords, precision: 9);
        Assert.Equal(0.3, konscious.ServerSecondsPerLogin, precision: 12);
        Assert.Equal(6, konscious.DefenderHandicap, precision: 12);
    }

    [Fact]
    public void A_setting_with_one_implementation_is_its_own_attacker()
    {
        var estimates = AttackerModel.Estimate(Rows);

        Assert.Equal(["Argon2idSodium_M19T2", "Argon2idSodium_M19T2", "BcryptWf10", "Sha256Unsalted"], estimates.Select(e => e.AttackerImplementation));
        Assert.All(estimates.Skip(1), e => Assert.Equal(1, e.DefenderHandicap, precision: 12));
    }

    [Fact]
    public void Against_many_stolen_accounts_salted_formats_cost_per_account_and_an_unsalted_one_once()
    {
        var one = AttackerModel.Estimate(Rows);
        var thousand = AttackerModel.Estimate(Rows, accounts: 1_000);

        Assert.Equal(one[2].SecondsToTryCommonPasswords * 1_000, thousand[2].SecondsToTryCommonPasswords, precision: 6);
        Assert.Equal(one[3].SecondsToTryCommonPasswords, thousand[3].SecondsToTryCommonPasswords, precision: 12);
    }
}
