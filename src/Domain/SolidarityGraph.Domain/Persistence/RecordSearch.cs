using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence.Providers;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// Finds records by name or title, case-insensitively anywhere in the text: projects (title, description),
/// organisations (name, acronym), places, events, event series, trainings, campaigns, indicators (title, code), sources
/// and public contacts' names. The API's
/// <c>search</c> field and the admin's global search both call it, so a steward finds what a partner finds.
/// Personal types (entrepreneurs) are never searched, so a match cannot reveal them.
/// </summary>
/// <remarks>
/// Every path is indexed, so a search costs the same on 50,000 organisations as on 50 (see Persistence.md, "Search").
/// On SQLite the searched texts are kept in the FTS5 table <c>RecordSearchIndex</c> (trigram tokenizer, filled by
/// triggers on the searched tables): a substring of three or more characters is a phrase of trigrams there. On
/// PostgreSQL the same <c>lower(column) LIKE '%text%'</c> test is served by pg_trgm GIN indexes on <c>lower(column)</c>.
/// One or two characters (no whole trigram) fall back on that LIKE test on both engines.
/// </remarks>
public static class RecordSearch
{
    /// <summary>Longest accepted search text.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The SQLite full-text table kept by the <c>RecordSearchIndex</c> migration's triggers.</summary>
    public const string IndexTable = "RecordSearchIndex";

    /// <summary>At most <paramref name="first"/> matches per type, in the order above, then by key; <paramref name="text"/> is trimmed.</summary>
    public static async Task<IReadOnlyList<EntityBase>> FindAsync(SolidarityGraphDbContext db, string text, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var ct = cancellationToken;
        var indexed = await IndexedMatchesAsync(db, text, first, ct);
        var pattern = LikePattern(text);
        var results = new List<EntityBase>();
        results.AddRange(await Take(db.Projects, p => EF.Functions.Like(p.Title.ToLower(), pattern, "\\") || EF.Functions.Like(p.Description!.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Organisations, o => EF.Functions.Like(o.Name.ToLower(), pattern, "\\") || EF.Functions.Like(o.Acronym!.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Places, p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Events, e => EF.Functions.Like(e.Title.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.EventSeries, s => EF.Functions.Like(s.Title.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Trainings, t => EF.Functions.Like(t.Title.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Campaigns, c => EF.Functions.Like(c.Name.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Indicators, i => EF.Functions.Like(i.Title.ToLower(), pattern, "\\") || EF.Functions.Like(i.Code.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.Sources, s => EF.Functions.Like(s.Title.ToLower(), pattern, "\\"), indexed, first, ct));
        results.AddRange(await Take(db.PublicContacts, c => EF.Functions.Like(c.FullName.ToLower(), pattern, "\\"), indexed, first, ct));
        return results;
    }

    /// <summary>
    /// The first <paramref name="first"/> keys per type whose texts contain <paramref name="text"/>, from SQLite's
    /// full-text index; null where the index cannot answer (PostgreSQL, or fewer than three characters).
    /// </summary>
    private static async Task<ILookup<string, string>?> IndexedMatchesAsync(SolidarityGraphDbContext db, string text, int first, CancellationToken cancellationToken)
    {
        if (DatabaseProviders.Of(db.Database) != DatabaseProvider.Sqlite || text.EnumerateRunes().Count() < 3)
        {
            return null;
        }

        // A quoted FTS5 string is a phrase; with the trigram tokenizer a phrase matches wherever the text occurs as a
        // substring, folding case like the LIKE test. Quotes inside are doubled (FTS5 query syntax, §3.1).
        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var hits = await db.Database.SqlQuery<IndexHit>($"""
            SELECT "Kind", "Id" FROM (
              SELECT "Kind", "Id", ROW_NUMBER() OVER (PARTITION BY "Kind" ORDER BY "Id") AS "Rank"
              FROM "RecordSearchIndex" WHERE "RecordSearchIndex" MATCH {phrase})
            WHERE "Rank" <= {first}
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return hits.ToLookup(h => h.Kind, h => h.Id, StringComparer.Ordinal);
    }

    private static async Task<List<T>> Take<T>(IQueryable<T> records, Expression<Func<T, bool>> like, ILookup<string, string>? indexed, int first, CancellationToken cancellationToken)
        where T : EntityBase
    {
        if (indexed is not null)
        {
            var keys = indexed[typeof(T).Name].ToList();
            if (keys.Count == 0)
            {
                return [];
            }

            records = records.Where(e => keys.Contains(e.Id));
        }
        else
        {
            records = records.Where(like);
        }

        return await records.AsNoTracking().OrderBy(e => e.Id).Take(first).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    // lower() on both sides: SQLite's LIKE ignores ASCII case but PostgreSQL's does not; lower() is the same test on
    // both engines (and folds non-ASCII letters too on PostgreSQL).
    private static string LikePattern(string text) =>
        "%" + text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>One row of the full-text index: the record's type name and key.</summary>
    private sealed class IndexHit
    {
        public string Kind { get; set; } = "";

        public string Id { get; set; } = "";
    }
}
