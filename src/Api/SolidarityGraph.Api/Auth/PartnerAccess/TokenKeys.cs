using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>
/// The signing key (RSA, published in the JWKS) and the encryption key (authorization codes, refresh tokens). Loaded
/// from configured files, or generated once into the key folder, readable by the owner only, so tokens survive a
/// restart and every instance using that folder agrees.
/// </summary>
internal static class TokenKeys
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    /// <summary>The RSA signing key, with a key id derived from the public key (RFC 7638 thumbprint).</summary>
    public static RsaSecurityKey Signing(PartnerAccessOptions options)
    {
        var path = options.SigningKeyFile ?? Path.Combine(options.KeyFolder!, "signing-key.pem");
        var pem = options.SigningKeyFile is null ? ReadOrCreate(path, () => NewRsaPem()) : File.ReadAllText(path);
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    /// <summary>The 256-bit symmetric key OpenIddict encrypts its own tokens with.</summary>
    public static SymmetricSecurityKey Encryption(PartnerAccessOptions options)
    {
        var path = options.EncryptionKeyFile ?? Path.Combine(options.KeyFolder!, "encryption-key.txt");
        var text = options.EncryptionKeyFile is null
            ? ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            : File.ReadAllText(path);
        var bytes = Convert.FromBase64String(text.Trim());
        if (bytes.Length != 32)
        {
            throw new InvalidOperationException($"The encryption key in {path} must hold 32 bytes in base64; it holds {bytes.Length}.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    private static string NewRsaPem()
    {
        using var rsa = RSA.Create(3072);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    // CreateNew makes the first writer win when two instances start together; the other reads the winner's key.
    private static string ReadOrCreate(string path, Func<string> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        var text = create();
        try
        {
            var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                stream.UnixCreateMode = OwnerOnlyFile;
            }

            using var writer = new StreamWriter(path, stream);
            writer.Write(text);
            return text;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path);
        }
    }
}
