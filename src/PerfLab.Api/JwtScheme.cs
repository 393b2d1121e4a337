namespace PerfLab.Api;

/// <summary>The two IdentityModel handlers ASP.NET Core's JWT bearer authentication can validate with.</summary>
public enum TokenHandlerKind
{
    /// <summary>
    /// <c>JsonWebTokenHandler</c> (Microsoft.IdentityModel.JsonWebTokens): the default since ASP.NET Core 8, which the
    /// IdentityModel team describes as about 30% faster.
    /// </summary>
    JsonWebTokenHandler,

    /// <summary>The legacy <c>JwtSecurityTokenHandler</c> (System.IdentityModel.Tokens.Jwt), chosen with <c>UseSecurityTokenValidators</c>.</summary>
    JwtSecurityTokenHandler,
}

/// <summary>
/// One JWT bearer authentication scheme of the server: a signing algorithm validated by one handler. Its
/// <see cref="Name"/> is the scheme's name, its authorization policy's name and the segment of its endpoint's path.
/// </summary>
public sealed record JwtScheme(JwtAlgorithm Algorithm, TokenHandlerKind Handler)
{
    public string Name => $"{Algorithm}-{Handler}".ToLowerInvariant();

    public static IReadOnlyList<JwtScheme> All { get; } =
        [.. Enum.GetValues<JwtAlgorithm>().SelectMany(a => Enum.GetValues<TokenHandlerKind>().Select(h => new JwtScheme(a, h)))];
}
