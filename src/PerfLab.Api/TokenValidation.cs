using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PerfLab.Api;

/// <summary>
/// One token validated by either IdentityModel handler, in process, with the same parameters
/// (<see cref="ApiKeys.ValidationParameters"/>): the anchor's comparison, without HTTP around it. Each returns the
/// token's claims identity, which JWT bearer authentication builds its user from; JsonWebTokenHandler builds it on
/// first access, so both pay for it.
/// </summary>
public sealed class TokenValidation(ApiKeys keys, JwtAlgorithm algorithm)
{
    private readonly TokenValidationParameters _parameters = keys.ValidationParameters(algorithm);
    private readonly JsonWebTokenHandler _jsonWebTokenHandler = new();
    private readonly JwtSecurityTokenHandler _jwtSecurityTokenHandler = new();

    /// <exception cref="SecurityTokenException">The token is not valid.</exception>
    public async Task<ClaimsIdentity> WithJsonWebTokenHandlerAsync(string token)
    {
        var result = await _jsonWebTokenHandler.ValidateTokenAsync(token, _parameters);
        return result.IsValid ? result.ClaimsIdentity : throw new SecurityTokenValidationException(result.Exception?.Message, result.Exception);
    }

    /// <exception cref="SecurityTokenException">The token is not valid.</exception>
    public ClaimsIdentity WithJwtSecurityTokenHandler(string token) =>
        (ClaimsIdentity)_jwtSecurityTokenHandler.ValidateToken(token, _parameters, out _).Identity!;
}
