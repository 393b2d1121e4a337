using PerfLab.Reporting.Pages;
using PerfLab.Results.Suites;

namespace PerfLab.Reporting.Tests;

/// <summary>A headline's words and its checked range say the same thing, or the findings file is refused.</summary>
public sealed class FactorWordsTests
{
    private static FindingSpec Finding(string meaning, double? above, double? below) => new()
    {
        Question = "q", Suite = "s", Comparison = "c", Technique = "t", Versus = "v", Meaning = meaning,
        HoldsWhen = new RatioRange { Above = above, Below = below },
    };

    [Theory]
    [InlineData("MemoryPack is more than an order of magnitude faster.", 0, 0.1)]
    [InlineData("MemoryPack: more than two orders of magnitude faster, writing into a reused buffer.", 0, 0.01)]
    [InlineData("It is three orders of magnitude slower.", 1000, double.PositiveInfinity)]
    [InlineData("MessagePack reads a typical object about three times faster than JSON.", 1 / 4.5, 1 / 2.0)]
    [InlineData("Newtonsoft.Json takes about twice as long as System.Text.Json to parse numbers; the rest differs.", 4 / 3.0, 3)]
    [InlineData("A per-row commit is at least 10 times slower.", 10, double.PositiveInfinity)]
    [InlineData("MemoryPack reads a small object many times faster than JSON parsing.", 0, 1 / 3.0)]
    [InlineData("The ORM is several times slower here.", 2, double.PositiveInfinity)]
    [InlineData("MessagePack writes one small object in about half the time of JSON.", 0.33, 0.75)]
    [InlineData("Newtonsoft.Json takes at least half as long again as System.Text.Json: keep it only where needed.", 1.5, double.PositiveInfinity)]
    [InlineData("Source-generated metadata serializes an order in about a quarter less time than reflection;", 0.6, 0.9)]
    public void The_first_sentence_claims_a_ratio_interval(string meaning, double low, double high)
    {
        var claim = FactorWords.Claimed(meaning);
        Assert.NotNull(claim);
        Assert.Equal(low, claim.Value.Low, 9);
        Assert.Equal(high, claim.Value.High, 9);
    }

    [Theory]
    [InlineData("OFFSET steps through every earlier row (here about half a million) before the 50 asked for.")]
    [InlineData("Batching is what makes bulk writes affordable. A per-row commit is ten times slower.")] // a later sentence
    [InlineData("Three more rows are read by the join.")]
    [InlineData("The join looks up the customer row of each order by primary key.")]
    public void A_sentence_without_a_size_claims_none(string meaning) => Assert.Null(FactorWords.Claimed(meaning));

    [Theory]
    [InlineData("more than an order of magnitude faster.", null, 0.1, true)]
    [InlineData("more than an order of magnitude faster.", null, 0.5, false)] // the words the issue found false on another machine
    [InlineData("about three times faster than JSON.", 0.25, 0.45, true)]
    [InlineData("about three times faster than JSON.", null, 0.7, false)] // allows 1.4×: not "about three times"
    [InlineData("many times faster than JSON parsing.", null, 0.5, false)]
    [InlineData("about twice as long as the other.", 1.5, null, false)] // no upper bound: 10× would pass as "about twice"
    [InlineData("a row in one transaction.", null, 1.1, true)] // no size claimed: any range
    public void The_checked_range_must_lie_inside_what_the_words_claim(string meaning, double? above, double? below, bool agrees)
    {
        var problem = FactorWords.Problem(Finding(meaning, above, below));
        Assert.Equal(agrees, problem is null);
        if (!agrees) Assert.Contains("make the range say what the words say", problem, StringComparison.Ordinal);
    }
}
