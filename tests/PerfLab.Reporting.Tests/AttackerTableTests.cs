using PerfLab.Reporting.Pages;
using PerfLab.Reporting.Sections;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Reporting.Tests;

public sealed class AttackerTableTests
{
    private static Row HashRow(string method, string setting, string? salted, double nanoseconds)
    {
        var metrics = new Dictionary<string, string> { [AttackerTable.SettingMetric] = setting };
        if (salted is not null) metrics[AttackerTable.SaltedMetric] = salted;
        var benchmark = new BenchmarkResult($"Lab.PasswordHashBenchmarks.{method}", $"PasswordHashBenchmarks.{method}: LabResults", "Lab", "PasswordHashBenchmarks",
            method, method, [], ["Security.PasswordHash"], false, metrics, null, null, []);
        return new Row(benchmark, false, new Dictionary<int, double> { [1] = nanoseconds }, nanoseconds, null, null, Steadiness.NotAssessed, 10);
    }

    private static Comparison Of(params Row[] rows) => new("Security.PasswordHash", "securitypasswordhash", true, [new CaseGroup([], rows, null)], []);

    private static readonly Comparison Hashes = Of(
        HashRow("Hash_Argon2idSodium_M19T2", "argon2id m=19456,t=2,p=1", "yes", 50e6),
        HashRow("Hash_Argon2idKonscious_M19T2", "argon2id m=19456,t=2,p=1", "yes", 300e6),
        HashRow("Hash_Sha256Unsalted", "sha256", "no", 250));

    private static string Render(Comparison comparison)
    {
        var md = new Markdown();
        AttackerTable.Write(md, comparison);
        return md.ToString();
    }

    [Fact]
    public void Each_row_is_attacked_with_the_fastest_implementation_of_its_setting()
    {
        var lines = Render(Hashes).Split('\n');

        // 10,000 guesses at 50 ms: 500 s on one core; against a million salted hashes a million times that.
        Assert.Contains("| Hash_Argon2idKonscious_M19T2 | argon2id m=19456,t=2,p=1 | 300.0 ms | Hash_Argon2idSodium_M19T2 | 20.00 | 8.333 min | 15.84 years | 6.00× |", lines);
        Assert.Contains("| Hash_Argon2idSodium_M19T2 | argon2id m=19456,t=2,p=1 | 50.00 ms | Hash_Argon2idSodium_M19T2 | 20.00 | 8.333 min | 15.84 years | 1.00× |", lines);
    }

    [Fact]
    public void An_unsalted_format_costs_the_attacker_one_pass_for_every_account()
    {
        var lines = Render(Hashes).Split('\n');

        Assert.Contains("| Hash_Sha256Unsalted | sha256 | 250.0 ns | Hash_Sha256Unsalted | 4,000,000 | 2.500 ms | 2.500 ms | 1.00× |", lines);
    }

    [Fact]
    public void Only_comparisons_whose_every_row_carries_both_metrics_get_the_table()
    {
        Assert.True(AttackerTable.Applies(Hashes));
        Assert.False(AttackerTable.Applies(Of(HashRow("Hash_Pbkdf2Sha256", "pbkdf2-sha256 i=600000", "yes", 200e6), HashRow("Hash_Other", "other", null, 1e6))));
        Assert.False(AttackerTable.Applies(Of(HashRow("Hash_Pbkdf2Sha256", "pbkdf2-sha256 i=600000", "maybe", 200e6))));
    }
}
