namespace SolidarityGraph.Api.Extensions;

/// <summary>
/// Where the host finds its own files (configuration, admin stylesheet) and how much it logs per request. Both must
/// hold for the README's run command in Production, not only under Development or a test host.
/// </summary>
internal static class HostingExtensions
{
    /// <summary>
    /// The content root: the folder of the built app, where the build copies <c>appsettings.json</c>. It is not the
    /// working directory, because <c>dotnet run --project …</c> keeps the caller's folder (so <c>data/</c> lands there)
    /// and a content root there found no configuration at all: no log levels, every SQL statement at Information.
    /// </summary>
    public static string ContentRoot => AppContext.BaseDirectory;

    /// <summary>The builder options of the server: <paramref name="args"/> and <see cref="ContentRoot"/>.</summary>
    public static WebApplicationOptions Options(string[] args) => new() { Args = args, ContentRootPath = ContentRoot };

    /// <summary>Static assets in every environment and the opt-in one-line request log.</summary>
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        // The build output has no wwwroot/: the static web assets manifest beside the app maps it to the project folder,
        // and ASP.NET Core reads that manifest by itself only in Development. Published output has wwwroot/ and no
        // manifest, so this does nothing there.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        // One line per request (method, path, status, duration) when the category
        // Microsoft.AspNetCore.HttpLogging is set to Information; silent by default (appsettings.json).
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        return builder;
    }

    /// <summary>Adds the request log middleware first, so it times and reports every request.</summary>
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        app.UseHttpLogging();
        return app;
    }
}
