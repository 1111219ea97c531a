using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin;

/// <summary>
/// Global search from every admin page (the form in the layout), through <see cref="RecordSearch"/>: the same
/// matching as the API's <c>search</c> field. Matches are grouped by record type and named, never keyed.
/// </summary>
internal sealed class SearchModel(SolidarityGraphDbContext db) : AdminPageModel
{
    /// <summary>Matches shown per record type; a full group says more may exist.</summary>
    public const int PerType = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    /// <summary>Why the text was not searched, if it was not.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<(EntityKind Kind, IReadOnlyList<(string Name, string Url)> Matches)> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var text = Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return;
        }

        if (text.Length > RecordSearch.MaxTextLength)
        {
            Problem = $"Search for at most {RecordSearch.MaxTextLength} characters; this text has {text.Length}.";
            return;
        }

        Groups = (await RecordSearch.FindAsync(db, text, PerType))
            .GroupBy(e => e.GetType())
            .Select(g => (EntityCatalog.Of(db, g.Key), (IReadOnlyList<(string, string)>)g
                .Select(e => (EntityCatalog.TitleOf(e), EntityCatalog.Of(db, g.Key).DetailsUrl(e.Id)))
                .OrderBy(m => m.Item1, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
    }
}
