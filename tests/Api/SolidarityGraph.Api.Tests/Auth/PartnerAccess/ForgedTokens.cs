using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace SolidarityGraph.Api.Tests.Auth.PartnerAccess;

/// <summary>
/// Re-signs a real access token after changing one claim, with the server's own key (read from its key folder) or a
/// foreign one, so each refusal test differs from a valid token in exactly one respect (RFC 7515 compact form).
/// </summary>
public static class ForgedTokens
{
    /// <summary>The server's signing key, as the server generated it into <c>data/keys</c>.</summary>
    public static RSA ServerKey(string serverFolder)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(serverFolder, "data", "keys", "signing-key.pem")));
        return rsa;
    }

    /// <summary>The payload of <paramref name="token"/>.</summary>
    public static JsonObject Payload(string token) => JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]))!.AsObject();

    /// <summary><paramref name="token"/> with <paramref name="change"/> applied to its payload, signed RS256 by <paramref name="key"/>.</summary>
    public static string Resign(string token, RSA key, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = Payload(token);
        change(payload);
        var signingInput = parts[0] + "." + Base64UrlEncoder.Encode(payload.ToJsonString());
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary><paramref name="token"/> with one signature byte flipped.</summary>
    public static string Tamper(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64UrlEncoder.Encode(signature);
    }
}
