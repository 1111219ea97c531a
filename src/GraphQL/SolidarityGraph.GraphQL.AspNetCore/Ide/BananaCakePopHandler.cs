using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SolidarityGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves the Banana Cake Pop package folder under <c>{path}/</c> (index.html, hashed assets, service worker) and
/// <c>{path}/bcp-config.json</c> (PARITY.md §12.4). The files are served as npm installed them, licence included.
/// </summary>
internal sealed class BananaCakePopHandler
{
    private const string IndexFile = "index.html";
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly Lazy<byte[]> _config;
    private readonly PhysicalFileProvider? _files;

    public BananaCakePopHandler(BananaCakePopOptions options, IHostEnvironment environment, ILogger<BananaCakePopHandler> logger)
    {
        IsEnabled = options.Enable ?? environment.IsDevelopment();
        _config = new Lazy<byte[]>(() => BananaCakePopConfig.Build(options));
        var folder = options.FilesPath ?? Path.Combine(AppContext.BaseDirectory, BananaCakePopOptions.DefaultFolderName);
        if (IsEnabled && File.Exists(Path.Combine(folder, IndexFile)))
        {
            _files = new PhysicalFileProvider(Path.GetFullPath(folder));
        }
        else if (IsEnabled)
        {
            logger.LogWarning(
                "Banana Cake Pop is enabled but its files are missing in {Folder}; build SolidarityGraph.GraphQL.AspNetCore with npm available.",
                folder);
        }
    }

    /// <summary>Whether the IDE is served (its files may still be missing, which gives 404s).</summary>
    public bool IsEnabled { get; }

    public Task ServeIndexAsync(HttpContext context) => ServeFileAsync(context, IndexFile);

    public async Task ServeConfigAsync(HttpContext context)
    {
        if (!IsEnabled)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var bytes = _config.Value;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        context.Response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>Serves <paramref name="relativePath"/> from the package folder, or 404.</summary>
    public async Task ServeFileAsync(HttpContext context, string? relativePath)
    {
        var path = string.IsNullOrEmpty(relativePath) ? IndexFile : relativePath;
        if (_files is null || path.Contains('\\') || path.StartsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var file = _files.GetFileInfo(path); // the provider refuses paths that leave the folder
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = Path.GetExtension(path).Length == 0
            ? "text/plain; charset=utf-8" // LICENSE
            : ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        context.Response.ContentLength = file.Length;

        // Bundles under static/ carry a content hash in their names; everything else may change with an upgrade.
        context.Response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file, context.RequestAborted);
        }
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".cjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".html"] = "text/html; charset=utf-8";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        provider.Mappings[".woff2"] = "font/woff2";
        provider.Mappings[".ttf"] = "font/ttf";
        provider.Mappings[".map"] = "application/json";
        provider.Mappings[".ts"] = "text/plain; charset=utf-8"; // the package's type declarations, not video
        provider.Mappings[".cts"] = "text/plain; charset=utf-8";
        provider.Mappings[".mts"] = "text/plain; charset=utf-8";
        return provider;
    }
}
