using System.Text.RegularExpressions;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.Sources;

/// <summary>A published document that citations quote (DOMAIN.md §4.3, §5.1).</summary>
public sealed partial class Source : EntityBase
{
    private Source()
    {
        Title = Language = ContentSha256 = string.Empty;
    }

    /// <summary>Registers a source; <paramref name="contentSha256"/> is the lowercase hex SHA-256 of the stored text.</summary>
    public Source(string title, string language, string contentSha256, DateTime retrievedAtUtc)
    {
        Title = Guard.Required(title, "Source title");
        Language = LanguageCode.Require(language, "Source language");
        ContentSha256 = RequireSha256(contentSha256);
        RetrievedAt = Guard.Utc(retrievedAtUtc);
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Source;

    /// <summary>Public address; null while unknown (e.g. S4 until a steward confirms it).</summary>
    public string? Url { get; private set; }

    /// <summary>Document title.</summary>
    public string Title { get; private set; }

    /// <summary>The publishing organisation, when known.</summary>
    public string? PublisherId { get; private set; }

    /// <summary>ISO 639-1 language of the stored text.</summary>
    public string Language { get; private set; }

    /// <summary>Seed file name under <c>shared/seeds/</c>, for seeded sources.</summary>
    public string? SeedFile { get; private set; }

    /// <summary>Lowercase hex SHA-256 of the stored text; proves quotes refer to this exact text.</summary>
    public string ContentSha256 { get; private set; }

    /// <summary>When the text was retrieved (UTC).</summary>
    public DateTime RetrievedAt { get; private set; }

    /// <summary>Publication date as precise as known.</summary>
    public PartialDate? PublishedAt { get; private set; }

    /// <summary>Licence of the document, when stated.</summary>
    public string? License { get; private set; }

    /// <summary>
    /// Full text. Internal: seed pages carry unrelated personal data in their furniture, so only quotes are public.
    /// </summary>
    [Privacy(PrivacyClass.I)]
    public string? ArchivedText { get; private set; }

    /// <summary>
    /// Corrects the title. Language, content hash and retrieval time describe the stored text and are fixed with it.
    /// </summary>
    public Source Retitle(string title)
    {
        Title = Guard.Required(title, "Source title");
        return this;
    }

    /// <summary>Sets the optional descriptive fields.</summary>
    public Source Describe(string? url = null, string? publisherId = null, string? seedFile = null,
        PartialDate? publishedAt = null, string? license = null)
    {
        Url = Guard.Optional(url);
        PublisherId = Guard.OptionalId(publisherId, "Publisher id");
        SeedFile = Guard.Optional(seedFile);
        PublishedAt = publishedAt;
        License = Guard.Optional(license);
        return this;
    }

    /// <summary>Stores the full text (internal, see <see cref="ArchivedText"/>).</summary>
    public Source Archive(string? text)
    {
        ArchivedText = text;
        return this;
    }

    private static string RequireSha256(string? value)
    {
        var hash = Guard.Required(value, "Source content SHA-256");
        if (!Sha256Pattern().IsMatch(hash))
        {
            throw new DomainException(
                DomainErrorCodes.InvalidFormat,
                $"Source content SHA-256 '{hash}' must be 64 lowercase hexadecimal characters.");
        }

        return hash;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
