using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.TrustedDocuments;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.Api.Extensions;

/// <summary>Trusted documents (README, "Trusted documents"): manifests loaded at start and uploaded in the admin.</summary>
internal static class TrustedDocumentExtensions
{
    /// <summary>Binds <see cref="TrustedDocumentOptions"/> and registers the store as the pipeline's persisted-document store.</summary>
    public static IHostApplicationBuilder AddTrustedDocuments(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TrustedDocumentOptions.Section).Get<TrustedDocumentOptions>() ?? new TrustedDocumentOptions();
        if (string.IsNullOrWhiteSpace(options.UploadFolder))
        {
            options.UploadFolder = DefaultUploadFolder(builder.Configuration);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TrustedDocumentStore>();
        builder.Services.AddSingleton<IPersistedDocumentStore>(provider => provider.GetRequiredService<TrustedDocumentStore>());
        return builder;
    }

    // Beside the database file, like the partner-access keys, so the data of one installation stays together; with
    // PostgreSQL beside the key folder that every instance shares (docs/deploy.md), so an upload serves every instance.
    private static string DefaultUploadFolder(IConfiguration configuration)
    {
        var database = configuration.GetDatabaseSettings();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return database.FolderBesideDatabase("trusted-documents");
        }

        var keyFolder = PartnerAccessOptions.From(configuration, database).KeyFolder
            ?? throw new InvalidOperationException(
                "With Database:Provider=Postgres and PartnerAccess key files instead of PartnerAccess:KeyFolder, set " +
                "TrustedDocuments:UploadFolder to a folder every instance shares; see docs/deploy.md.");
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(keyFolder)) ?? ".", "trusted-documents");
    }

    /// <summary>Loads the manifests before the first request.</summary>
    public static WebApplication LoadTrustedDocuments(this WebApplication app)
    {
        app.Services.GetRequiredService<TrustedDocumentStore>().LoadAll();
        return app;
    }
}
