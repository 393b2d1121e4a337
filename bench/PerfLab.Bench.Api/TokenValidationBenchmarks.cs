using System.Security.Claims;

namespace PerfLab.Bench.Api;

/// <summary>
/// One signed token validated in process by each IdentityModel handler with the same parameters (signature by the
/// run's key, issuer, audience, lifetime), returning the claims identity: the IdentityModel team's own comparison,
/// which its docs put at about 30% in JsonWebTokenHandler's favour. No server: nothing else runs in these processes.
/// </summary>
[BenchmarkCategory(Categories.Api.TokenValidation)]
public class TokenValidationBenchmarks
{
    private string _token = "";
    private TokenValidation _validation = null!;

    [Params(JwtAlgorithm.HS256, JwtAlgorithm.RS256, JwtAlgorithm.ES256)]
    public JwtAlgorithm Algorithm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var keys = ApiKeys.Create();
        _token = ApiTokens.Issue(keys, Algorithm);
        _validation = new TokenValidation(keys, Algorithm);
    }

    [Benchmark(Baseline = true)]
    public ClaimsIdentity Validate_JwtSecurityTokenHandler() => _validation.WithJwtSecurityTokenHandler(_token);

    [Benchmark]
    public Task<ClaimsIdentity> Validate_JsonWebTokenHandler() => _validation.WithJsonWebTokenHandlerAsync(_token);
}
