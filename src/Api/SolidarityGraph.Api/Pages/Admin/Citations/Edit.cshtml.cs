using SolidarityGraph.Api.Infrastructure.Forms;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Citations;

/// <summary>Revises a citation through <see cref="Citation.Revise"/>, like <c>updateCitation</c>; a stale edit shows both versions and saves nothing.</summary>
internal sealed class EditModel(SolidarityGraphDbContext db) : RecordEditPageModel<Citation, CitationForm>(db)
{
    protected override string Saved => "Citation saved.";
}
