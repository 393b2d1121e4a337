using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries.Injection;

namespace PerfLab.Queries.Tests;

/// <summary>The lookup the SqlParameters comparison times: every technique returns the same customer through the email index.</summary>
public sealed class EmailLookupTests : IDisposable
{
    private readonly QueryLab _lab = TestLab.Open(OrderListVariant.Normalized);
    private readonly CustomerSearch _search;

    public EmailLookupTests() => _search = new CustomerSearch(_lab);

    public void Dispose()
    {
        _search.Dispose();
        _lab.Dispose();
    }

    [Fact]
    public void Every_technique_finds_the_same_customer()
    {
        var emails = EmailSample.Read(_lab, count: 100);
        Assert.Equal(100, emails.Distinct().Count());
        foreach (var email in emails)
        {
            var expected = Assert.Single(_search.ByEmailParameterizedReused(email));
            Assert.Equal(email, expected.Email);
            Assert.Equal([expected], _search.ByEmailParameterized(email));
            Assert.Equal([expected], _search.ByEmailDapper(email));
            Assert.Equal([expected], _search.ByEmailEf(email));
            Assert.Equal([expected], _search.ByEmailConcatenated(email));
            Assert.Equal([expected], _search.ByEmailConcatenatedEscaped(email));
        }
    }

    [Fact]
    public void Every_technique_searches_the_email_index()
    {
        const string search = "SEARCH Customers USING INDEX IX_Customers_Email (Email=?)";
        Plans.AssertPlan([search], _lab.Explain(CustomerSearch.ByEmailSql, ("$email", "a@example.com")));
        Plans.AssertPlan([search], _lab.Explain($"SELECT {CustomerMatch.Columns} FROM Customers WHERE Email = 'a@example.com'"));
        Plans.AssertPlan(["SEARCH c USING INDEX IX_Customers_Email (Email=?)"],
            _lab.Explain(context => context.Customers.Where(c => c.Email == "a@example.com")));
    }
}
