using SolidarityGraph.Api.TrustedDocuments;
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
            // Beside the database file, like the partner-access keys: the data of one installation stays together.
            var connectionString = builder.Configuration.GetConnectionString(PersistenceExtensions.ConnectionStringName) ?? Domain.Persistence.DatabaseInitializer.DefaultConnectionString;
            var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            options.UploadFolder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "trusted-documents");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TrustedDocumentStore>();
        builder.Services.AddSingleton<IPersistedDocumentStore>(provider => provider.GetRequiredService<TrustedDocumentStore>());
        return builder;
    }

    /// <summary>Loads the manifests before the first request.</summary>
    public static WebApplication LoadTrustedDocuments(this WebApplication app)
    {
        app.Services.GetRequiredService<TrustedDocumentStore>().LoadAll();
        return app;
    }
}
