using System.Text;
using SolidarityGraph.Api.Schema.Mutations;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>
/// Register, correct and delete sources. The stored text, its SHA-256, language and retrieval time belong together
/// and are fixed at registration (DOMAIN.md §5.1): quotes are checked against exactly that text.
/// </summary>
[MutationType]
public static class SourceMutations
{
    /// <summary>Registers a source, with its text when it can be archived.</summary>
    [GraphQLDescription("Registers a published document. With `text`, the text is archived (quotes of citations are checked against it) and its SHA-256 computed; a `contentSha256` given as well must match it. Without `text`, `contentSha256` is required and the document is archived later by a steward.")]
    public static async Task<Source> CreateSourceAsync(
        [Service] SolidarityGraphDbContext db,
        string title,
        [GraphQLDescription("ISO 639-1 language of the text, e.g. es.")] string language,
        [GraphQLDescription("The document's full text (internal: only quotes are ever published).")] string? text,
        [GraphQLDescription("Lowercase hex SHA-256 of the document's UTF-8 bytes.")] string? contentSha256,
        [GraphQLDescription("When the text was retrieved; now when omitted.")] DateTimeOffset? retrievedAt,
        string? url,
        [ID] string? publisherId,
        string? publishedAt,
        string? license,
        CancellationToken cancellationToken)
    {
        var content = text is null ? null : new UTF8Encoding(false).GetBytes(text);
        var hash = contentSha256 ?? (content is null ? null : SourceText.Sha256Of(content));
        var source = new Source(title, language, hash!, MutationInputs.Utc(retrievedAt) ?? DateTime.UtcNow);
        await DescribeAsync(db, source, url, publisherId, publishedAt, license, cancellationToken);
        if (content is not null)
        {
            MutationInputs.OnField("contentSha256", () => SourceText.ArchiveVerified(source, content));
        }

        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        return source;
    }

    /// <summary>Replaces the descriptive fields of a source read at <paramref name="version"/>.</summary>
    [GraphQLDescription("Replaces title, address, publisher, publication date and licence of a source read at `version` (the text and what describes it are fixed); a stale version gives a ConcurrencyError.")]
    public static async Task<Source> UpdateSourceAsync(
        [Service] SolidarityGraphDbContext db,
        [ID] string id,
        long version,
        string title,
        string? url,
        [ID] string? publisherId,
        string? publishedAt,
        string? license,
        CancellationToken cancellationToken)
    {
        var source = await MutationInputs.LoadForEditAsync<Source>(db, id, version, cancellationToken);
        MutationInputs.OnField("title", () => source.Retitle(title));
        await DescribeAsync(db, source, url, publisherId, publishedAt, license, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return source;
    }

    /// <summary>Deletes a source nothing cites.</summary>
    [GraphQLDescription("Deletes a source read at `version`; refused (DELETE_HAS_DEPENDENTS) while citations quote it.")]
    public static Task<Source> DeleteSourceAsync([Service] SolidarityGraphDbContext db, [ID] string id, long version, CancellationToken cancellationToken) =>
        MutationInputs.DeleteAsync<Source>(db, id, version, cancellationToken);

    private static async Task DescribeAsync(SolidarityGraphDbContext db, Source source, string? url, string? publisherId, string? publishedAt,
        string? license, CancellationToken cancellationToken)
    {
        var publisher = MutationInputs.OptionalKey(publisherId, nameof(Organisation));
        await MutationInputs.RequireAsync<Organisation>(db, publisher, cancellationToken);
        source.Describe(url, publisher, source.SeedFile, MutationInputs.Date(publishedAt, "publishedAt"), license);
    }
}
