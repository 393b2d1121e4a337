using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PerfLab.Api;

/// <summary>The signing algorithms the authentication comparison measures (JWS <c>alg</c> values).</summary>
public enum JwtAlgorithm
{
    /// <summary>HMAC with SHA-256 over a shared 256-bit secret.</summary>
    HS256,

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256, a 2048-bit key.</summary>
    RS256,

    /// <summary>ECDSA on P-256 with SHA-256.</summary>
    ES256,
}

/// <summary>
/// The key material of one server run: a new HMAC secret, RSA key and P-256 key, written by the lab into the server's
/// folder (<see cref="Save"/>) and read by the server at start-up (<see cref="Load"/>). The client signs its tokens with
/// the same keys (<see cref="ApiTokens"/>); a fresh set per run costs nothing in the measured calls.
/// </summary>
public sealed class ApiKeys
{
    public const string Issuer = "perflab-lab";
    public const string Audience = "perflab-api";

    private readonly byte[] _hmacSecret;
    private readonly string _rsaPem;
    private readonly string _ecdsaPem;

    private ApiKeys(byte[] hmacSecret, string rsaPem, string ecdsaPem)
    {
        _hmacSecret = hmacSecret;
        _rsaPem = rsaPem;
        _ecdsaPem = ecdsaPem;
        Hs256 = new SymmetricSecurityKey(_hmacSecret) { KeyId = "perflab-hs256" };
        var rsa = RSA.Create();
        rsa.ImportFromPem(_rsaPem);
        Rs256 = new RsaSecurityKey(rsa) { KeyId = "perflab-rs256" };
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(_ecdsaPem);
        Es256 = new ECDsaSecurityKey(ecdsa) { KeyId = "perflab-es256" };
    }

    public SymmetricSecurityKey Hs256 { get; }
    public RsaSecurityKey Rs256 { get; }
    public ECDsaSecurityKey Es256 { get; }

    public static ApiKeys Create()
    {
        using var rsa = RSA.Create(2048);
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new ApiKeys(RandomNumberGenerator.GetBytes(32), rsa.ExportRSAPrivateKeyPem(), ecdsa.ExportECPrivateKeyPem());
    }

    /// <summary>The key that signs and validates <paramref name="algorithm"/>'s tokens.</summary>
    public SecurityKey For(JwtAlgorithm algorithm) => algorithm switch
    {
        JwtAlgorithm.HS256 => Hs256,
        JwtAlgorithm.RS256 => Rs256,
        JwtAlgorithm.ES256 => Es256,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>The JWS algorithm identifier of <paramref name="algorithm"/>.</summary>
    public static string Identifier(JwtAlgorithm algorithm) => algorithm switch
    {
        JwtAlgorithm.HS256 => SecurityAlgorithms.HmacSha256,
        JwtAlgorithm.RS256 => SecurityAlgorithms.RsaSha256,
        JwtAlgorithm.ES256 => SecurityAlgorithms.EcdsaSha256,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>
    /// What both handlers check, the same for every scheme: signature by this run's key and no other algorithm,
    /// issuer, audience and lifetime (default clock skew).
    /// </summary>
    public TokenValidationParameters ValidationParameters(JwtAlgorithm algorithm) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = For(algorithm),
        ValidAlgorithms = [Identifier(algorithm)],
        ValidateIssuerSigningKey = true,
    };

    public void Save(string path)
    {
        var file = new KeyFile(Convert.ToBase64String(_hmacSecret), _rsaPem, _ecdsaPem);
        File.WriteAllText(path, JsonSerializer.Serialize(file, ApiJsonContext.Default.KeyFile));
    }

    public static ApiKeys Load(string path)
    {
        var file = JsonSerializer.Deserialize(File.ReadAllText(path), ApiJsonContext.Default.KeyFile)
                   ?? throw new InvalidDataException($"{path}: no keys");
        return new ApiKeys(Convert.FromBase64String(file.HmacSecret), file.RsaPrivateKeyPem, file.EcdsaPrivateKeyPem);
    }

    internal sealed record KeyFile(string HmacSecret, string RsaPrivateKeyPem, string EcdsaPrivateKeyPem);
}
