using SolidarityGraph.GraphQL.AspNetCore.Ide;
using SolidarityGraph.GraphQL.Pipeline;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>Options of the GraphQL-over-HTTP endpoint (<c>MapGraphQL</c>) and of the IDE served beside it.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The default request body limit: 20 MiB (PARITY.md §6, "about 20 MB").</summary>
    public const long DefaultMaxRequestBytes = 20L * 1024 * 1024;

    /// <summary>The request pipeline's options: timeout, parser limits, operation limits, validation error cap.</summary>
    public RequestExecutorOptions Executor { get; } = new();

    /// <summary>
    /// Adds exception details to unexpected errors. <see langword="null"/> (the default) means "in Development
    /// only"; an explicit value wins over <see cref="RequestExecutorOptions.IncludeExceptionDetails"/>.
    /// </summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>
    /// The largest request body accepted, in bytes; larger bodies get 413 without being read in full.
    /// Default 20 MiB (the document itself is capped at 1 MiB by <see cref="RequestExecutorOptions.MaxDocumentBytes"/>).
    /// </summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>Whether queries may be sent with GET (<c>?query=…</c>). Default on; mutations always need POST.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c> return the printed schema. Default on.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Writes responses indented (for reading them by hand; costs bytes). Default off.</summary>
    public bool IndentResponses { get; set; }

    /// <summary>The Banana Cake Pop IDE under <c>{path}/</c>.</summary>
    public BananaCakePopOptions Ide { get; } = new();
}
