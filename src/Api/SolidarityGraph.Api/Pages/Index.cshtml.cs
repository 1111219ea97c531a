using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.Extensions;

namespace SolidarityGraph.Api.Pages;

/// <summary>The start page at <c>/</c>: what this server offers, one link each. Anonymous.</summary>
internal sealed class IndexModel(IConfiguration configuration) : PageModel
{
    /// <summary>A surface of the server, as linked from the start page.</summary>
    public sealed record Surface(string Label, string Path, string Description);

    /// <summary>The links shown, the IDE only when it is served.</summary>
    public IReadOnlyList<Surface> Surfaces { get; private set; } = [];

    public void OnGet()
    {
        var surfaces = new List<Surface>();
        if (GraphQLExtensions.IsIdeEnabled(configuration))
        {
            surfaces.Add(new("GraphQL IDE", GraphQLExtensions.IdePath, "Banana Cake Pop: explore the schema and run queries in the browser."));
        }

        surfaces.Add(new("GraphQL API", GraphQLExtensions.Path, "POST (or GET) GraphQL over HTTP."));
        surfaces.Add(new("Schema", GraphQLExtensions.SchemaPath, "The printed schema (SDL)."));
        surfaces.Add(new("Admin", AdminExtensions.Path, "Stewards curate the graph (sign-in required)."));
        surfaces.Add(new("Health", HealthExtensions.Path, "Database provider, applied migration and entity counts, as JSON."));
        Surfaces = surfaces;
    }
}
