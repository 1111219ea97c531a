using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>A source, whether its text is archived, and the quotes taken from it.</summary>
internal sealed class DetailsModel(SolidarityGraphDbContext db) : AdminPageModel
{
    public Source Source { get; private set; } = null!;

    public IReadOnlyList<Citation> Citations { get; private set; } = [];

    /// <summary>Names of the publisher and the cited records.</summary>
    public RecordNames Names { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id) is not { } source)
        {
            return NotFound();
        }

        Source = source;
        Names = await RecordNames.LoadAsync(db);
        Citations = (await db.Citations.AsNoTracking().Where(c => c.SourceId == id).ToListAsync())
            .OrderBy(c => c.Subject.Kind).ThenBy(c => c.Quote, StringComparer.Ordinal).ToList();
        return Page();
    }
}
