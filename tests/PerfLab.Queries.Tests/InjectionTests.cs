using System.Text;
using Microsoft.Data.Sqlite;
using PerfLab.Queries.Injection;
using Xunit.Abstractions;

namespace PerfLab.Queries.Tests;

/// <summary>
/// Every payload of <see cref="InjectionCorpus"/>, in every position, through every <see cref="SqlPath"/>, against a
/// scratch database. A run "succeeds" for the attacker when the database changed (rows or schema) or the search
/// returned rows a literal match would not (other customers, secrets, the schema). The concatenating paths are
/// exploitable (asserted per family, with data leaked or destroyed); the parameterized ones (ADO.NET, Dapper, EF
/// Core) never are, raise no error, and return exactly the rows a literal match returns. Sort columns go through the
/// allow-list, which rejects every payload before any SQL runs.
/// </summary>
public sealed class InjectionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly SqlPath[] ParameterizedPaths = [SqlPath.Parameterized, SqlPath.Dapper, SqlPath.EfCore];
    private static readonly InjectionContext[] ValueContexts = [InjectionContext.Text, InjectionContext.Numeric, InjectionContext.Like, InjectionContext.SecondOrder];

    private readonly InjectionScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void The_corpus_has_at_least_60_payloads_in_every_family()
    {
        Assert.True(InjectionCorpus.All.Count >= 60, $"{InjectionCorpus.All.Count} payloads");
        Assert.Equal(InjectionCorpus.All.Count, InjectionCorpus.All.Select(p => p.Text).Distinct().Count());
        Assert.All(InjectionCorpus.All.GroupBy(p => p.Family), family => Assert.True(family.Count() >= 5, family.Key));
        Assert.All(InjectionCorpus.All, p => Assert.False(SortColumns.TryResolve(p.Text, out _), p.Text));
    }

    [Theory]
    [InlineData(SqlPath.Parameterized)]
    [InlineData(SqlPath.Dapper)]
    [InlineData(SqlPath.EfCore)]
    public void A_parameterized_path_returns_exactly_the_literal_matches_for_every_payload(SqlPath path)
    {
        var results = RunCorpus(path);
        Assert.All(results, r =>
        {
            Assert.Null(r.Error);
            Assert.False(r.Changed, $"{r.Payload} in {r.Context} changed the database");
            Assert.Equal(r.Expected, r.Rows);
        });
        Assert.Equal(0, results.Count(r => r.Succeeded));
        // The literal matches are not all empty: the corpus also finds what it literally names (LIKE fragments, stored cities).
        Assert.Contains(results, r => r.Expected!.Count > 0);
        Report(path, results);
    }

    [Fact]
    public void Concatenation_is_exploitable_in_every_family()
    {
        var results = RunCorpus(SqlPath.Concatenated);
        Report(SqlPath.Concatenated, results);

        foreach (var family in InjectionCorpus.All.Select(p => p.Family).Distinct().Where(f => f != "OrderBy"))
        {
            Assert.True(results.Any(r => r.Payload.Family == family && r.Context == r.Payload.AimedAt && r.Succeeded),
                $"no {family} payload succeeded against concatenation");
        }
        Assert.Contains(results, r => r.Payload.Family == "Union" && r.LeakedSecret);
        Assert.Contains(results, r => r.Payload.Family == "SecondOrder" && r.LeakedSecret);
        Assert.Contains(results, r => r.Payload.Family == "Stacked" && r.Changed);
        // Every customer of the scratch database (40 generated and the admin), for a search that should find none.
        Assert.Contains(results, r => r.Payload.Family == "Tautology" && r.Rows?.Count >= 41);
        Assert.Contains(results, r => r.Payload.Family == "Comment" && r.Rows?.Any(c => c.Email == InjectionCorpus.AdminEmail) == true);
        // Look-alike quotes alone are ordinary characters to SQLite; a real quote hidden behind Unicode is not.
        Assert.DoesNotContain(results, r => r.Payload.Text == "\u2019 OR 1=1 --" && r.Succeeded);
        Assert.Contains(results, r => r.Payload.Text == "\u200B' OR 1=1 --" && r.Context == InjectionContext.Text && r.Succeeded);
    }

    [Fact]
    public void Escaping_quotes_holds_inside_string_literals_only()
    {
        var results = RunCorpus(SqlPath.ConcatenatedEscaped);
        Report(SqlPath.ConcatenatedEscaped, results);

        Assert.DoesNotContain(results, r => r.Context is InjectionContext.Text or InjectionContext.SecondOrder && r.Succeeded);
        Assert.Contains(results, r => r.Context == InjectionContext.Numeric && r.Payload.Family == "Numeric" && r.Succeeded);
        Assert.Contains(results, r => r.Context == InjectionContext.Numeric && r.Changed);
        Assert.Contains(results, r => r.Context == InjectionContext.Like && r.Payload.Family == "LikeWildcard" && r.Succeeded);
    }

    [Fact]
    public void The_sort_allow_list_rejects_every_payload_before_any_sql_runs()
    {
        var before = _scratch.State();
        foreach (var payload in InjectionCorpus.All)
        {
            Assert.Throws<ArgumentException>(() => _scratch.Search.SortedAllowListed(payload.Text));
        }
        Assert.Equal(before, _scratch.State());

        // The allowed names sort as their columns do (case-insensitively named), and nothing else is needed.
        var customers = _scratch.Customers();
        Assert.Equal(customers.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).Take(CustomerSearch.SortedPageSize), _scratch.Search.SortedAllowListed("NAME"));
        Assert.Equal(customers.OrderBy(c => c.Id).Take(CustomerSearch.SortedPageSize), _scratch.Search.SortedAllowListed("id"));
    }

    [Fact]
    public void A_concatenated_sort_column_is_exploitable()
    {
        var results = InjectionCorpus.All.Select(payload => Evaluate(payload, InjectionContext.OrderBy, () => _scratch.Search.SortedConcatenated(payload.Text), expected: null)).ToList();
        output.WriteLine($"ORDER BY concatenated: {results.Count(r => r.Succeeded)} of {results.Count} payloads changed or leaked data");
        Assert.Contains(results, r => r.Payload.Family == "OrderBy" && r.Changed);
    }

    private List<Outcome> RunCorpus(SqlPath path)
    {
        var outcomes = new List<Outcome>();
        foreach (var payload in InjectionCorpus.All)
        {
            foreach (var context in ValueContexts) outcomes.Add(Run(path, payload, context));
        }
        return outcomes;
    }

    private Outcome Run(SqlPath path, Payload payload, InjectionContext context)
    {
        var search = _scratch.Search;
        var customers = _scratch.Customers();
        switch (context)
        {
            case InjectionContext.Text:
                return Evaluate(payload, context, () => search.ByEmail(path, payload.Text), customers.Where(c => c.Email == payload.Text).ToList());
            case InjectionContext.Numeric:
                var literal = long.TryParse(payload.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
                    ? customers.Where(c => c.Id == id).ToList()
                    : [];
                return Evaluate(payload, context, () => search.ById(path, payload.Text), literal);
            case InjectionContext.Like:
                return Evaluate(payload, context, () => search.NameContains(path, payload.Text),
                    customers.Where(c => FoldAscii(c.Name).Contains(FoldAscii(payload.Text), StringComparison.Ordinal)).ToList());
            case InjectionContext.SecondOrder:
                // Stored through a parameter (safe), then reused by the search under test.
                var stored = _scratch.AddCustomer($"second-order-{Guid.NewGuid():N}@example.com", "Stored Payload", payload.Text);
                var sameCity = _scratch.Customers().Where(c => c.City == payload.Text).ToList();
                return Evaluate(payload, context, () => search.SameCityAs(path, stored), sameCity);
            default:
                throw new ArgumentOutOfRangeException(nameof(context));
        }
    }

    /// <summary>Runs one search and judges it; rebuilds the scratch database if the payload changed it.</summary>
    private Outcome Evaluate(Payload payload, InjectionContext context, Func<List<CustomerMatch>> search, List<CustomerMatch>? expected)
    {
        var before = _scratch.State();
        List<CustomerMatch>? rows = null;
        Exception? error = null;
        try
        {
            rows = search();
        }
        catch (Exception e) when (e is SqliteException or InvalidCastException or FormatException)
        {
            error = e;
        }
        string after;
        try
        {
            after = _scratch.State();
        }
        catch (SqliteException)
        {
            after = "(unreadable)";
        }
        var changed = after != before;
        if (changed) _scratch.Rebuild();
        var leakedSecret = rows?.Any(r => InjectionScratch.SecretTokens.Any(t => r.Email.Contains(t, StringComparison.Ordinal) || r.Name.Contains(t, StringComparison.Ordinal) || r.City.Contains(t, StringComparison.Ordinal))) == true;
        var extraRows = rows is not null && expected is not null && rows.Except(expected).Any();
        return new Outcome(payload, context, rows, expected, error, changed, leakedSecret, extraRows);
    }

    private void Report(SqlPath path, List<Outcome> results)
    {
        var text = new StringBuilder($"{path}: {results.Count(r => r.Succeeded)} of {results.Count} runs succeeded for the attacker " +
            $"({InjectionCorpus.All.Count} payloads x {ValueContexts.Length} positions); aimed at their own position: " +
            $"{results.Count(r => r.Context == r.Payload.AimedAt && r.Succeeded)} of {results.Count(r => r.Context == r.Payload.AimedAt)}; " +
            $"errors {results.Count(r => r.Error is not null)}");
        foreach (var family in results.Where(r => r.Context == r.Payload.AimedAt).GroupBy(r => r.Payload.Family))
        {
            text.Append($"\n  {family.Key}: {family.Count(r => r.Succeeded)}/{family.Count()} (leaked secret {family.Count(r => r.LeakedSecret)}, changed {family.Count(r => r.Changed)})");
        }
        output.WriteLine(text.ToString());
    }

    /// <summary>SQLite's LIKE folds ASCII letters only.</summary>
    private static string FoldAscii(string value) => string.Create(value.Length, value, (span, v) =>
    {
        for (var i = 0; i < v.Length; i++) span[i] = v[i] is >= 'A' and <= 'Z' ? (char)(v[i] + 32) : v[i];
    });

    private sealed record Outcome(Payload Payload, InjectionContext Context, List<CustomerMatch>? Rows, List<CustomerMatch>? Expected, Exception? Error, bool Changed, bool LeakedSecret, bool ExtraRows)
    {
        public bool Succeeded => Changed || LeakedSecret || ExtraRows;
    }
}
