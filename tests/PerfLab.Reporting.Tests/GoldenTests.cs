using System.Runtime.CompilerServices;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>
/// The generated pages of the checked-in real exports, compared with the expected pages in Golden/.
/// After an intended change, regenerate them with <c>PERFLAB_UPDATE_GOLDEN=1 dotnet test ...</c> and review the diff.
/// </summary>
public sealed class GoldenTests
{
    [Theory]
    [InlineData("lab", "demo.md")]
    [InlineData("lab", "README.md")]
    [InlineData("stock", "fixture.demo.md")]
    [InlineData("stock", "README.md")]
    [InlineData("rounds", "demo.md")]
    [InlineData("rounds", "README.md")]
    [InlineData("rounds", "noise/run-to-run.md")]
    public void Page_matches_golden(string fixture, string page)
    {
        using var scratch = new ScratchFolder();
        var input = fixture == "rounds" ? RoundsFixture.Write(scratch.Combine("input")) : Path.Combine(Fixture.Root, fixture);
        var actual = ReportRun.Page(input, page);
        var golden = Path.Combine(SourceFolder(), "Golden", fixture, page);
        if (Environment.GetEnvironmentVariable("PERFLAB_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
