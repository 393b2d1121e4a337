using PerfLab.Security.Calibration;

namespace PerfLab.Bench.Security;

/// <summary>
/// What the password benchmarks share: the passwords, hashed in turn (<see cref="PasswordSamples"/>), and the facts
/// reported beside time and allocations. Methods are named <c>Hash_</c> and a hasher's name in
/// <see cref="PasswordHasherCatalog"/>, so <see cref="GetLabMetrics"/> knows which hasher a row measured.
/// </summary>
public abstract class PasswordBenchmark : ILabMetricSource
{
    /// <summary>
    /// The suite's calibration (<see cref="SuiteCalibration"/>), once per host process and only in a run that measures:
    /// the quick profile's numbers mean nothing, and tests (no profile) must stay fast. About 8-10 s of hashing, run
    /// when the summary asks for metrics, after every case has finished, so it competes with no benchmark.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>?> Calibration = new(() =>
        LabRunner.Profile is { } profile && profile.Name != LabProfile.Quick.Name
            ? SuiteCalibration.Run(CalibrationSubjects.All, SuiteCalibration.Targets, SuiteCalibration.Budget)
                .ToDictionary(c => c.Subject.Name, c => c.Describe())
            : null);

    private KeyCycle<string> _passwords = null!;

    [GlobalSetup]
    public void GlobalSetup() => _passwords = new KeyCycle<string>(PasswordSamples.Create());

    /// <summary>Whether the class's rows carry the calibration of their algorithm.</summary>
    protected virtual bool ReportsCalibration => false;

    /// <summary>The next password of the rotation: no two consecutive calls hash the same one.</summary>
    protected string NextPassword() => _passwords.Next();

    /// <summary>The hasher a benchmark method measures: <c>Hash_Argon2idSodium_M19T2</c> is <c>Argon2idSodium_M19T2</c>.</summary>
    public static IPasswordHasher HasherOf(string benchmarkMethod) =>
        PasswordHasherCatalog.Get(benchmarkMethod[(benchmarkMethod.IndexOf('_', StringComparison.Ordinal) + 1)..]);

    /// <summary>
    /// Setting: what a guess against the row's stored format computes (rows with equal settings compute the same
    /// function: an attacker uses the fastest). Salted: "yes" when every stolen hash needs its own guesses, "no" when
    /// one guess tests them all. The report's attacker table reads both (names checked by a test). Calibration (password rows of a measuring run): the settings of the
    /// row's implementation that cost about 100 ms and 250 ms per hash on this machine.
    /// </summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var hasher = HasherOf(benchmarkMethod);
        var metrics = new Dictionary<string, string> { ["Setting"] = hasher.Setting, ["Salted"] = hasher.IsSalted ? "yes" : "no" };
        if (ReportsCalibration && CalibrationSubjects.For(hasher) is { } subject && Calibration.Value is { } calibration)
        {
            metrics["Calibration"] = calibration[subject.Name];
        }
        return metrics;
    }
}
