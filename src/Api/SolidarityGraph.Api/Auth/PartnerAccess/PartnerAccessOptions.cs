using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Api.Auth.PartnerAccess;

/// <summary>Configuration section <c>PartnerAccess</c>: how tokens are issued and where the keys live.</summary>
public sealed class PartnerAccessOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string Section = "PartnerAccess";

    /// <summary>
    /// The issuer (<c>iss</c>, RFC 8414 §2). Fixed, so a token does not depend on the host name a request used; it must
    /// be the public base address of the API, because discovery advertises every endpoint under it.
    /// </summary>
    public Uri Issuer { get; set; } = new("http://localhost:5000/");

    /// <summary>The audience (<c>aud</c>, RFC 7519 §4.1.3) naming this API; tokens for anything else are refused.</summary>
    public string Audience { get; set; } = "solidaritygraph-api";

    /// <summary>Lifetime of access tokens (default one hour).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Folder of the generated keys. Empty: a <c>keys</c> folder beside the SQLite database file, so every instance
    /// sharing the database folder signs with the same key. On PostgreSQL there is no such folder: set a folder every
    /// instance shares (or both key files), otherwise start-up fails (instances would sign with different keys).
    /// </summary>
    public string? KeyFolder { get; set; }

    /// <summary>An RSA private key in PEM to sign tokens with, instead of the generated one.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>A 32-byte key (base64) that encrypts authorization codes and refresh tokens, instead of the generated one.</summary>
    public string? EncryptionKeyFile { get; set; }

    /// <summary>Token requests allowed per client id in <see cref="RateLimitWindow"/> (guessing one client's secret).</summary>
    public int TokenRequestsPerClient { get; set; } = 30;

    /// <summary>Token requests allowed per IP address in <see cref="RateLimitWindow"/> (guessing across clients).</summary>
    public int TokenRequestsPerIp { get; set; } = 120;

    /// <summary>The fixed window of both limits.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Reads the section from <paramref name="configuration"/>.</summary>
    public static PartnerAccessOptions From(IConfiguration configuration, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var options = configuration.GetSection(Section).Get<PartnerAccessOptions>() ?? new PartnerAccessOptions();
        var keyFilesGiven = options.SigningKeyFile is not null && options.EncryptionKeyFile is not null;
        if (string.IsNullOrWhiteSpace(options.KeyFolder) && database.Provider == DatabaseProvider.Postgres && !keyFilesGiven)
        {
            throw new InvalidOperationException(
                "With Database:Provider=Postgres, set PartnerAccess:KeyFolder to a folder every instance shares (the " +
                "signing and encryption keys are generated there once), or PartnerAccess:SigningKeyFile and " +
                "PartnerAccess:EncryptionKeyFile; see docs/deploy.md.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyFolder) && database.Provider == DatabaseProvider.Sqlite)
        {
            options.KeyFolder = database.FolderBesideDatabase("keys");
        }

        return options;
    }
}
