using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

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
/// <para>
/// A search is a fixed set of statements on one connection, opened once: on the index, one statement for the keys, then
/// one compiled query per type that has a match among the results; otherwise one compiled query per type until the
/// results are complete. No statement is translated per call.
/// </para>
/// </remarks>
public static class RecordSearch
{
    /// <summary>Longest accepted search text.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The SQLite full-text table kept by the <c>RecordSearchIndex</c> migration's triggers.</summary>
    public const string IndexTable = "RecordSearchIndex";

    // A quoted FTS5 string is a phrase; with the trigram tokenizer a phrase matches wherever the text occurs as a
    // substring, folding case like the LIKE test. The first @first keys of every type, by key.
    private const string IndexSql = """
        SELECT "Kind", "Id" FROM (
          SELECT "Kind", "Id", ROW_NUMBER() OVER (PARTITION BY "Kind" ORDER BY "Id") AS "Rank"
          FROM "RecordSearchIndex" WHERE "RecordSearchIndex" MATCH @phrase)
        WHERE "Rank" <= @first
        """;

    // The searched types in the order of the results, with the LIKE test of their texts (pattern: see LikePattern).
    private static readonly SearchedType[] Types =
    [
        new SearchedType<Project>((p, pattern) => EF.Functions.Like(p.Title.ToLower(), pattern, "\\") || EF.Functions.Like(p.Description!.ToLower(), pattern, "\\")),
        new SearchedType<Organisation>((o, pattern) => EF.Functions.Like(o.Name.ToLower(), pattern, "\\") || EF.Functions.Like(o.Acronym!.ToLower(), pattern, "\\")),
        new SearchedType<Place>((p, pattern) => EF.Functions.Like(p.Name.ToLower(), pattern, "\\")),
        new SearchedType<Event>((e, pattern) => EF.Functions.Like(e.Title.ToLower(), pattern, "\\")),
        new SearchedType<EventSeries>((s, pattern) => EF.Functions.Like(s.Title.ToLower(), pattern, "\\")),
        new SearchedType<Training>((t, pattern) => EF.Functions.Like(t.Title.ToLower(), pattern, "\\")),
        new SearchedType<Campaign>((c, pattern) => EF.Functions.Like(c.Name.ToLower(), pattern, "\\")),
        new SearchedType<Indicator>((i, pattern) => EF.Functions.Like(i.Title.ToLower(), pattern, "\\") || EF.Functions.Like(i.Code.ToLower(), pattern, "\\")),
        new SearchedType<Source>((s, pattern) => EF.Functions.Like(s.Title.ToLower(), pattern, "\\")),
        new SearchedType<PublicContact>((c, pattern) => EF.Functions.Like(c.FullName.ToLower(), pattern, "\\")),
    ];

    /// <summary>At most <paramref name="first"/> matches per type, in the order above, then by key; <paramref name="text"/> is trimmed.</summary>
    public static Task<IReadOnlyList<EntityBase>> FindAsync(SolidarityGraphDbContext db, string text, int first, CancellationToken cancellationToken = default) =>
        FindAsync(db, text, first, int.MaxValue, cancellationToken);

    /// <summary>
    /// The first <paramref name="first"/> of the matches <see cref="FindAsync(SolidarityGraphDbContext, string, int, CancellationToken)"/>
    /// lists (the API's <c>search</c>), reading no record beyond them.
    /// </summary>
    public static Task<IReadOnlyList<EntityBase>> FindFirstAsync(SolidarityGraphDbContext db, string text, int first, CancellationToken cancellationToken = default) =>
        FindAsync(db, text, first, first, cancellationToken);

    private static async Task<IReadOnlyList<EntityBase>> FindAsync(SolidarityGraphDbContext db, string text, int perType, int total, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var results = new List<EntityBase>();
        // One open for every statement below (EF Core would open and close the connection around each one).
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var indexed = await IndexedMatchesAsync(db, text, perType, cancellationToken).ConfigureAwait(false);
            var pattern = indexed is null ? LikePattern(text) : null;
            foreach (var type in Types)
            {
                var limit = Math.Min(perType, total - results.Count);
                if (limit <= 0)
                {
                    break;
                }

                await type.ReadAsync(db, indexed, pattern, limit, results, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>
    /// The first <paramref name="first"/> keys per type whose texts contain <paramref name="text"/>, from SQLite's
    /// full-text index, by key; null where the index cannot answer (PostgreSQL, or fewer than three characters).
    /// </summary>
    private static async Task<Dictionary<string, List<string>>?> IndexedMatchesAsync(SolidarityGraphDbContext db, string text, int first, CancellationToken cancellationToken)
    {
        if (DatabaseProviders.Of(db.Database) != DatabaseProvider.Sqlite || text.EnumerateRunes().Count() < 3)
        {
            return null;
        }

        // A plain command on the context's open connection: the statement is fixed, so EF Core would only add its
        // per-call translation. Quotes inside the phrase are doubled (FTS5 query syntax, §3.1).
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = IndexSql;
        AddParameter(command, "@phrase", "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        AddParameter(command, "@first", first);
        var hits = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var kind = reader.GetString(0);
            if (!hits.TryGetValue(kind, out var keys))
            {
                hits[kind] = keys = new List<string>();
            }

            keys.Add(reader.GetString(1));
        }

        foreach (var keys in hits.Values)
        {
            keys.Sort(StringComparer.Ordinal); // the window numbers by key, but the outer statement gives no order
        }

        return hits;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // lower() on both sides: SQLite's LIKE ignores ASCII case but PostgreSQL's does not; lower() is the same test on
    // both engines (and folds non-ASCII letters too on PostgreSQL).
    private static string LikePattern(string text) =>
        "%" + text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>One searched type: its records by key (after the index) or by the LIKE test, at most a limit, by key.</summary>
    private abstract class SearchedType
    {
        public abstract Task ReadAsync(SolidarityGraphDbContext db, Dictionary<string, List<string>>? indexed, string? pattern, int limit, List<EntityBase> results, CancellationToken cancellationToken);
    }

    private sealed class SearchedType<T> : SearchedType
        where T : EntityBase
    {
        private static readonly string Kind = typeof(T).Name; // the index's Kind column

        private readonly Func<SolidarityGraphDbContext, string[], IAsyncEnumerable<T>> _byKeys =
            EF.CompileAsyncQuery<SolidarityGraphDbContext, string[], T>((db, keys) => db.Set<T>().AsNoTracking().Where(e => keys.Contains(e.Id)).OrderBy(e => e.Id));

        private readonly Func<SolidarityGraphDbContext, string, int, IAsyncEnumerable<T>> _byText;

        public SearchedType(Expression<Func<T, string, bool>> matches) => _byText = EF.CompileAsyncQuery(ByText(matches));

        public override async Task ReadAsync(SolidarityGraphDbContext db, Dictionary<string, List<string>>? indexed, string? pattern, int limit, List<EntityBase> results, CancellationToken cancellationToken)
        {
            IAsyncEnumerable<T> records;
            if (indexed is null)
            {
                records = _byText(db, pattern!, limit);
            }
            else if (indexed.TryGetValue(Kind, out var keys))
            {
                records = _byKeys(db, keys.Count > limit ? keys.GetRange(0, limit).ToArray() : keys.ToArray());
            }
            else
            {
                return;
            }

            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                results.Add(record);
            }
        }

        /// <summary><c>(db, pattern, limit) =&gt; db.Set&lt;T&gt;().Where(e =&gt; matches(e, pattern)).OrderBy(e =&gt; e.Id).Take(limit)</c>.</summary>
        private static Expression<Func<SolidarityGraphDbContext, string, int, IQueryable<T>>> ByText(Expression<Func<T, string, bool>> matches)
        {
            var db = Expression.Parameter(typeof(SolidarityGraphDbContext), "db");
            var limit = Expression.Parameter(typeof(int), "limit");
            var pattern = matches.Parameters[1]; // a parameter of the compiled query, read inside the filter
            Expression<Func<T, string>> byKey = e => e.Id;
            Expression query = Expression.Call(db, nameof(DbContext.Set), [typeof(T)]);
            query = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(T)], query);
            query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], query, Expression.Quote(Expression.Lambda<Func<T, bool>>(matches.Body, matches.Parameters[0])));
            query = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(T), typeof(string)], query, Expression.Quote(byKey));
            query = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query, limit);
            return Expression.Lambda<Func<SolidarityGraphDbContext, string, int, IQueryable<T>>>(query, db, pattern, limit);
        }
    }
}
