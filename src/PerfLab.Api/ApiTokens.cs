using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PerfLab.Api;

/// <summary>Tokens as an identity provider would issue them for the lab's client: signed, with issuer, audience and an hour's lifetime.</summary>
public static class ApiTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>A compact JWS for <paramref name="subject"/>, signed with <paramref name="keys"/>' key for <paramref name="algorithm"/>.</summary>
    /// <param name="signingKey">A different key to sign with (tests: a token the server must refuse).</param>
    public static string Issue(ApiKeys keys, JwtAlgorithm algorithm, string subject = "customer-1", DateTime? now = null, SecurityKey? signingKey = null,
        string issuer = ApiKeys.Issuer, string audience = ApiKeys.Audience)
    {
        var issued = now ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("scope", "orders.read")]),
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + Lifetime,
            SigningCredentials = new SigningCredentials(signingKey ?? keys.For(algorithm), ApiKeys.Identifier(algorithm)),
        });
    }

    /// <summary>The <c>Authorization</c> header's value for <paramref name="token"/>.</summary>
    public static string Bearer(string token) => "Bearer " + token;
}
