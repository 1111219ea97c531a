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
        // lower() on both sides: SQLite's LIKE ignores ASCII case but PostgreSQL's does not; lower() is the same test on
        // both engines (and folds non-ASCII letters too on PostgreSQL).
        var pattern = "%" + text.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var results = new List<EntityBase>();
        var ct = cancellationToken;
        results.AddRange(await Take(db.Projects.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, "\\") || EF.Functions.Like(p.Description!.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Organisations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern, "\\") || EF.Functions.Like(o.Acronym!.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Places.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Events.Where(e => EF.Functions.Like(e.Title.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.EventSeries.Where(s => EF.Functions.Like(s.Title.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Trainings.Where(t => EF.Functions.Like(t.Title.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Campaigns.Where(c => EF.Functions.Like(c.Name.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Indicators.Where(i => EF.Functions.Like(i.Title.ToLower(), pattern, "\\") || EF.Functions.Like(i.Code.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Sources.Where(s => EF.Functions.Like(s.Title.ToLower(), pattern, "\\")), first, ct));
        results.AddRange(await Take(db.PublicContacts.Where(c => EF.Functions.Like(c.FullName.ToLower(), pattern, "\\")), first, ct));
        return results;
    }

    private static async Task<List<T>> Take<T>(IQueryable<T> query, int first, CancellationToken cancellationToken)
        where T : EntityBase =>
        await query.AsNoTracking().OrderBy(e => e.Id).Take(first).ToListAsync(cancellationToken).ConfigureAwait(false);
}
