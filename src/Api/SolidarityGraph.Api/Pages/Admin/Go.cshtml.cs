using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>Redirects an id of any kind to the page that shows it, so generic pages can link every reference.</summary>
public sealed class GoModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public async Task<IActionResult> OnGetAsync(string id) =>
        await EntityCatalog.FindAnyAsync(db, id) is { } found ? Redirect(found.Kind.DetailsUrl(id)) : NotFound();
}
