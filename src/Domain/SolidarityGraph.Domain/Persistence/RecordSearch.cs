using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// Finds records by name or title, case-insensitively anywhere in the text: projects (title, description),
/// organisations (name, acronym), places, events, event series, trainings, campaigns, indicators (title, code), sources
/// and public contacts' names. The API's
/// <c>search</c> field and the admin's global search both call it, so a steward finds what a partner finds.
/// Personal types (entrepreneurs) are never searched, so a match cannot reveal them.
/// </summary>
public static class RecordSearch
{
    /// <summary>Longest accepted search text.</summary>
    public const int MaxTextLength = 200;

    /// <summary>At most <paramref name="first"/> matches per type, in the order above, then by key; <paramref name="text"/> is trimmed.</summary>
    public static async Task<IReadOnlyList<EntityBase>> FindAsync(SolidarityGraphDbContext db, string text, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        var pattern = "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var results = new List<EntityBase>();
        var ct = cancellationToken;
        results.AddRange(await Take(db.Projects.Where(p => EF.Functions.Like(p.Title, pattern, "\\") || EF.Functions.Like(p.Description!, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Organisations.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.Acronym!, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Places.Where(p => EF.Functions.Like(p.Name, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Events.Where(e => EF.Functions.Like(e.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.EventSeries.Where(s => EF.Functions.Like(s.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Trainings.Where(t => EF.Functions.Like(t.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Campaigns.Where(c => EF.Functions.Like(c.Name, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Indicators.Where(i => EF.Functions.Like(i.Title, pattern, "\\") || EF.Functions.Like(i.Code, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Sources.Where(s => EF.Functions.Like(s.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.PublicContacts.Where(c => EF.Functions.Like(c.FullName, pattern, "\\")), first, ct));
        return results;
    }

    private static async Task<List<T>> Take<T>(IQueryable<T> query, int first, CancellationToken cancellationToken)
        where T : EntityBase =>
        await query.AsNoTracking().OrderBy(e => e.Id).Take(first).ToListAsync(cancellationToken).ConfigureAwait(false);
}
