namespace PerfLab.Reporting.Sections;

/// <summary>
/// The security suite's section (<see cref="SuiteSections"/>): the attacker-against-defender table under a comparison
/// of password hashes, shown when every row carries the <see cref="SettingMetric"/> and <see cref="SaltedMetric"/>
/// metrics, and derived from the rows' medians by <see cref="AttackerModel"/>, so it is as reproducible as the table
/// above it.
/// </summary>
public sealed class AttackerTable : ISuiteSection
{
    /// <summary>What a guess against the row's stored format computes: rows with equal settings compute the same function.</summary>
    public const string SettingMetric = "Setting";

    /// <summary>"yes" or "no": whether one guess must be hashed per stolen account or once for all of them.</summary>
    public const string SaltedMetric = "Salted";

    /// <summary>The metrics this table shows, so the page does not list them again below the table.</summary>
    public static readonly IReadOnlyList<string> Metrics = [SettingMetric, SaltedMetric];

    /// <summary>A stolen user table's size for the "every account" column.</summary>
    public const int StolenAccounts = 1_000_000;

    public SectionText UnderComparison(Comparison comparison)
    {
        if (!Applies(comparison)) return SectionText.None;
        var md = new Markdown();
        Write(md, comparison);
        return new SectionText(md.ToString(), Metrics);
    }

    internal static bool Applies(Comparison comparison) =>
        comparison.Rows.Any() && comparison.Rows.All(r => Salted(r) is not null && r.Benchmark.Metrics!.ContainsKey(SettingMetric));

    internal static void Write(Markdown md, Comparison comparison)
    {
        var rows = comparison.Rows.ToArray();
        var measurements = rows.Select(r => new HashMeasurement(comparison.Technique(r), r.Benchmark.Metrics![SettingMetric], Salted(r)!.Value, r.Best)).ToArray();
        var one = AttackerModel.Estimate(measurements);
        var many = AttackerModel.Estimate(measurements, accounts: StolenAccounts);

        md.Line($"**What a stolen hash gives an attacker** (derived from the medians above). Rows with the same **{SettingMetric}** " +
                "compute the same function, so an attacker runs the fastest of them; one core of this machine tries 1 / its median " +
                $"guesses per second. Trying the {Formatting.Integer(AttackerModel.CommonPasswords)} most common passwords costs that " +
                $"many guesses per salted hash, and one pass for every account at once when the format is unsalted. The **server's " +
                "handicap** is the row's time over the attacker's: what a slower implementation gives away at a fixed server budget " +
                "(the server pays its own row's time per login). Per core of this CPU, these are lower bounds of an attack's speed: " +
                "GPUs and dedicated hardware gain far more against SHA-256 and PBKDF2 than against bcrypt and memory-hard Argon2id.").Line();
        md.Table(
            ["Technique", SettingMetric, "Server: time per login", "Attacker runs", "Guesses/s per core",
             $"{Formatting.Integer(AttackerModel.CommonPasswords)} passwords vs one hash", $"… vs {Formatting.Integer(StolenAccounts)} accounts", "Server's handicap"],
            [false, false, true, false, true, true, true, true],
            one.Zip(many, (o, m) => (IReadOnlyList<string>)
            [
                o.Technique, o.Setting, Formatting.Time(o.ServerSecondsPerLogin * 1e9), o.AttackerImplementation,
                Formatting.Rate(o.GuessesPerSecondPerCore), Formatting.LongDuration(o.SecondsToTryCommonPasswords),
                Formatting.LongDuration(m.SecondsToTryCommonPasswords), Formatting.Ratio(o.DefenderHandicap),
            ]));
    }

    private static bool? Salted(Row row) => row.Benchmark.Metrics?.GetValueOrDefault(SaltedMetric) switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}
