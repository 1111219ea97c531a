using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>
/// Opens a record by either of its names: the GraphQL global ID partners see in the API, or the key (ULID) the admin
/// routes by. Generic pages link every reference through here. Text that is neither is answered with 400, an ID of
/// no record with 404, each with a page saying which.
/// </summary>
internal sealed class GoModel(SolidarityGraphDbContext db) : AdminPageModel
{
    /// <summary>What was asked for, as typed.</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>Why the ID could not be opened; empty before a redirect.</summary>
    public string Problem { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Id = id;
        if (!TryReadKey(id, out var typeName, out var key, out var problem))
        {
            return Refuse(StatusCodes.Status400BadRequest, problem);
        }

        if (await EntityCatalog.FindAnyAsync(db, key) is { } found && (typeName is null || found.Kind.Type.Name == typeName))
        {
            return Redirect(found.Kind.DetailsUrl(key));
        }

        return Refuse(StatusCodes.Status404NotFound, typeName is null ? "No record has this key." : $"No {typeName} has this ID; it may have been deleted.");
    }

    // A key is checked first: a ULID is never the text of a global ID, which always holds its type name.
    private static bool TryReadKey(string id, out string? typeName, out string key, out string problem)
    {
        (typeName, key, problem) = (null, id, string.Empty);
        if (EntityId.IsValid(id))
        {
            return true;
        }

        if (GlobalId.TryDecode(id, null, out typeName, out var decoded) is { } reason)
        {
            problem = "This is neither a GraphQL ID nor a record key (a 26-character ULID). "
                + GlobalId.Error(reason, id, null, typeName).Message;
            return false;
        }

        key = decoded!;
        return true;
    }

    private PageResult Refuse(int statusCode, string problem)
    {
        Response.StatusCode = statusCode;
        Problem = problem;
        return Page();
    }
}
