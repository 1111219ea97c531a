using System.Text;
using Microsoft.AspNetCore.Http;
using SolidarityGraph.GraphQL.Pipeline;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>Serves the printed schema (SDL) at <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c>.</summary>
internal sealed class SchemaSdlHandler(RequestExecutor executor)
{
    private readonly Lazy<byte[]> _sdl = new(() => Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema)));

    public async Task HandleAsync(HttpContext context)
    {
        var bytes = _sdl.Value;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
