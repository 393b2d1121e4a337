namespace PerfLab.Bench.Api;

/// <summary>
/// The minimal API orders endpoint without authentication against JWT bearer authentication (ASP.NET Core's handler,
/// one scheme and policy per algorithm and token handler), per signing algorithm: the same request carrying a valid
/// token, validated on every request (signature, issuer, audience, lifetime) by JsonWebTokenHandler (the default) or
/// the legacy JwtSecurityTokenHandler (<c>UseSecurityTokenValidators</c>). The anonymous row sends no token.
/// </summary>
[BenchmarkCategory(Categories.Api.Authentication)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(400)]
public class AuthenticationBenchmarks : ApiBenchmark
{
    private string _authorization = "";
    private JwtScheme _jsonWebTokenHandler = null!;
    private JwtScheme _jwtSecurityTokenHandler = null!;

    [Params(JwtAlgorithm.HS256, JwtAlgorithm.RS256, JwtAlgorithm.ES256)]
    public JwtAlgorithm Algorithm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        StartHttp();
        _authorization = ApiTokens.Bearer(ApiTokens.Issue(Server.Keys, Algorithm));
        _jsonWebTokenHandler = new JwtScheme(Algorithm, TokenHandlerKind.JsonWebTokenHandler);
        _jwtSecurityTokenHandler = new JwtScheme(Algorithm, TokenHandlerKind.JwtSecurityTokenHandler);
    }

    [Benchmark(Baseline = true)]
    public Task<CustomerOrders> Get_Anonymous() => Client.GetOrdersAsync(Customers.Next(), scheme: null, authorization: null);

    [Benchmark]
    public Task<CustomerOrders> Get_JsonWebTokenHandler() => Client.GetOrdersAsync(Customers.Next(), _jsonWebTokenHandler, _authorization);

    [Benchmark]
    public Task<CustomerOrders> Get_JwtSecurityTokenHandler() => Client.GetOrdersAsync(Customers.Next(), _jwtSecurityTokenHandler, _authorization);
}
