using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>Display names for ids shown on a page, loaded in one query per set.</summary>
public static class Names
{
    /// <summary>Organisation names by id.</summary>
    public static async Task<Dictionary<string, string>> OrganisationsAsync(SolidarityGraphDbContext db) =>
        await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);

    /// <summary>Project titles by id.</summary>
    public static async Task<Dictionary<string, string>> ProjectsAsync(SolidarityGraphDbContext db) =>
        await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title);

    /// <summary>Organisations as dropdown options, by name.</summary>
    public static async Task<List<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>> OrganisationOptionsAsync(SolidarityGraphDbContext db) =>
        (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync())
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .Select(o => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(o.Name, o.Id))
            .ToList();
}
