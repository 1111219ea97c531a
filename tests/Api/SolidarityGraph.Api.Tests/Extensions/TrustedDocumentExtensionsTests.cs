using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.Extensions;
using SolidarityGraph.Api.TrustedDocuments;

namespace SolidarityGraph.Api.Tests.Extensions;

/// <summary>
/// Where uploaded trusted documents and the partner-access keys go when their folder is not configured: beside the
/// SQLite file (<c>DatabaseSettings.FolderBesideDatabase</c>), or with PostgreSQL beside the key folder every instance shares.
/// </summary>
public sealed class TrustedDocumentExtensionsTests
{
    [Fact]
    public void WithSqliteUploadsAndKeysGoBesideTheDatabaseFile()
    {
        var builder = Builder(("ConnectionStrings:SolidarityGraph", "Data Source=installation/graph.db"));

        Assert.Equal(Path.GetFullPath(Path.Combine("installation", "trusted-documents")), UploadFolder(builder));
        Assert.Equal(
            Path.GetFullPath(Path.Combine("installation", "keys")),
            PartnerAccessOptions.From(builder.Configuration, builder.Configuration.GetDatabaseSettings()).KeyFolder);
    }

    [Fact]
    public void WithPostgresUploadsGoBesideTheSharedKeyFolder()
    {
        var shared = Path.Combine(Path.GetTempPath(), "shared-installation");
        var builder = Builder(
            ("Database:Provider", "Postgres"),
            ("ConnectionStrings:SolidarityGraph", "Host=db.example.org;Database=solidaritygraph"),
            ("PartnerAccess:KeyFolder", Path.Combine(shared, "keys")));

        Assert.Equal(Path.Combine(shared, "trusted-documents"), UploadFolder(builder));
    }

    [Fact]
    public void WithPostgresAndKeyFilesButNoFolderTheUploadFolderMustBeGiven()
    {
        var builder = Builder(
            ("Database:Provider", "Postgres"),
            ("ConnectionStrings:SolidarityGraph", "Host=db.example.org;Database=solidaritygraph"),
            ("PartnerAccess:SigningKeyFile", "/etc/solidaritygraph/signing-key.pem"),
            ("PartnerAccess:EncryptionKeyFile", "/etc/solidaritygraph/encryption-key.txt"));

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddTrustedDocuments());
        Assert.Equal(
            "With Database:Provider=Postgres and PartnerAccess key files instead of PartnerAccess:KeyFolder, set " +
            "TrustedDocuments:UploadFolder to a folder every instance shares; see docs/deploy.md.",
            error.Message);
    }

    [Fact]
    public void AConfiguredUploadFolderIsKept()
    {
        var builder = Builder(
            ("Database:Provider", "Postgres"),
            ("ConnectionStrings:SolidarityGraph", "Host=db.example.org;Database=solidaritygraph"),
            ("PartnerAccess:SigningKeyFile", "/etc/solidaritygraph/signing-key.pem"),
            ("PartnerAccess:EncryptionKeyFile", "/etc/solidaritygraph/encryption-key.txt"),
            ("TrustedDocuments:UploadFolder", "/srv/shared/trusted-documents"));

        Assert.Equal("/srv/shared/trusted-documents", UploadFolder(builder));
    }

    private static HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        return builder;
    }

    private static string? UploadFolder(HostApplicationBuilder builder)
    {
        builder.AddTrustedDocuments();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<TrustedDocumentOptions>().UploadFolder;
    }
}
