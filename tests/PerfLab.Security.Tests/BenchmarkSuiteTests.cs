using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using static PerfLab.Tests.Shared.SuiteShape;
using PerfLab.Bench.Common;
using PerfLab.Bench.Security;
using PerfLab.Data.Sqlite;
using PerfLab.Reporting.Sections;
using PerfLab.Security.FieldEncryption;
using PerfLab.Security.Passwords;
using PerfLab.Tests.Shared;

namespace PerfLab.Security.Tests;

/// <summary>The security suite's shape, checked by reflection and by running setups: no benchmark runs here.</summary>
public sealed class BenchmarkSuiteTests
{
    private static readonly Type[] BenchmarkClasses = SuiteShape.BenchmarkClasses(typeof(PasswordHashBenchmarks).Assembly);

    private static readonly Dictionary<string, string> Baselines = new()
    {
        [Categories.Security.PasswordHash] = "Hash_Pbkdf2Sha256",
        [Categories.Security.FastHash] = "Hash_Pbkdf2Sha256",
        [Categories.Security.FieldRead] = "ReadRow_Plaintext",
        [Categories.Security.FieldWrite] = "WriteRow_Plaintext",
    };

    [Fact]
    public void Every_category_is_one_class_with_exactly_one_baseline()
        => AssertEveryCategoryIsOneClassWithItsBaseline(BenchmarkClasses, typeof(Categories.Security), Baselines);

    [Fact]
    public void Every_method_is_named_Operation_Technique()
    {
        Assert.All(BenchmarkClasses.SelectMany(BenchmarkMethods), m => Assert.Matches("^(Hash|ReadRow|WriteRow)_[A-Z][A-Za-z0-9_]+$", m.Name));
    }

    [Fact]
    public void Every_password_row_names_a_catalog_hasher_and_every_hasher_is_measured()
    {
        var methods = new[] { typeof(PasswordHashBenchmarks), typeof(FastHashBenchmarks) }.SelectMany(BenchmarkMethods).ToArray();

        Assert.All(methods, m => Assert.Equal(m.Name, "Hash_" + PasswordBenchmark.HasherOf(m.Name).Name));
        Assert.Equal(PasswordHasherCatalog.All.Select(h => h.Name).Order(), methods.Select(m => m.Name["Hash_".Length..]).Distinct().Order());
    }

    /// <summary>The lab's time budget (about 180 s per round, ≤ 15 min for 5 rounds): at most about 25 cases.</summary>
    [Fact]
    public void CaseCountStaysWithinTheLabBudget() =>
        Assert.Equal(17, BenchmarkClasses.Sum(t => BenchmarkMethods(t).Count()));

    [Fact]
    public void No_benchmark_carries_a_retired_ID() =>
        Assert.DoesNotContain(BenchmarkIds(BenchmarkClasses), Categories.Retired.IsRetired);

    [Fact]
    public void Password_rows_report_their_setting_and_no_calibration_outside_a_measuring_run()
    {
        var benchmark = new PasswordHashBenchmarks();
        benchmark.GlobalSetup();

        var metrics = benchmark.GetLabMetrics(nameof(PasswordHashBenchmarks.Hash_Argon2idIsopoh_M46T1));

        Assert.Null(LabRunner.Profile);
        Assert.Equal("argon2id m=47104,t=1,p=1", metrics["Setting"]);
        Assert.DoesNotContain("Calibration", metrics.Keys);
        Assert.Equal("sha256 salted", new FastHashBenchmarks().GetLabMetrics(nameof(FastHashBenchmarks.Hash_Sha256Salted))["Setting"]);
    }

    [Fact]
    public void Every_password_row_carries_the_metrics_the_reports_attacker_table_reads()
    {
        foreach (var (benchmark, type) in new (PasswordBenchmark, Type)[] { (new PasswordHashBenchmarks(), typeof(PasswordHashBenchmarks)), (new FastHashBenchmarks(), typeof(FastHashBenchmarks)) })
        {
            foreach (var method in BenchmarkMethods(type))
            {
                var metrics = benchmark.GetLabMetrics(method.Name);
                Assert.Equal(PasswordBenchmark.HasherOf(method.Name).Setting, metrics[AttackerTable.SettingMetric]);
                Assert.Equal(PasswordBenchmark.HasherOf(method.Name).IsSalted ? "yes" : "no", metrics[AttackerTable.SaltedMetric]);
            }
        }
    }

    public static TheoryData<string, string> FieldCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { typeof(FieldReadBenchmarks), typeof(FieldWriteBenchmarks) })
        {
            foreach (var method in BenchmarkMethods(type)) data.Add(type.Name, method.Name);
        }
        return data;
    }

    /// <summary>Each field row's own setup builds only the storage it measures, and its metrics describe it.</summary>
    [Theory]
    [MemberData(nameof(FieldCases))]
    public void A_field_setup_builds_its_own_storage(string benchmarkClass, string benchmarkMethod)
    {
        var type = BenchmarkClasses.Single(t => t.Name == benchmarkClass);
        var benchmark = (FieldEncryptionBenchmark)Activator.CreateInstance(type)!;
        var setup = type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>()?.Targets.Contains(benchmarkMethod) == true);
        setup.Invoke(benchmark, null);
        try
        {
            var expected = benchmarkMethod.EndsWith("_AesGcm", StringComparison.Ordinal) ? FieldProtection.AesGcm : FieldProtection.Plaintext;
            Assert.Equal(expected, benchmark.Store.Protection);

            var metrics = benchmark.GetLabMetrics(benchmarkMethod);
            Assert.True(int.Parse(metrics["SensitiveFieldBytes"], System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.StartsWith("journal_mode=wal, synchronous=NORMAL, ", metrics[SqliteSettings.MetricName], StringComparison.Ordinal);
        }
        finally
        {
            benchmark.GlobalCleanup();
        }
    }

    /// <summary>The suite's headline findings name rows of the comparison they divide (the report refuses unknown ones).</summary>
    [Fact]
    public void Every_security_finding_names_rows_of_its_comparison()
    {
        var security = Findings("security");

        Assert.Equal(3, security.Length);
        AssertFindingsNameRowsOfTheirComparison(security, BenchmarkClasses);
    }


}
