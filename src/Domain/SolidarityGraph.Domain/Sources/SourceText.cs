using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Sources;

/// <summary>
/// The rules that tie quotes to a source's archived text (DOMAIN.md §4.3: a citation's quote is a verbatim,
/// whitespace-normalised substring of its source). Shared by the admin pages and GraphQL mutations.
/// </summary>
public static partial class SourceText
{
    /// <summary>Code: the uploaded text's SHA-256 differs from <see cref="Source.ContentSha256"/>.</summary>
    public const string HashMismatch = "SOURCE_TEXT_HASH_MISMATCH";

    /// <summary>Code: the source has no archived text, so a quote cannot be checked.</summary>
    public const string TextMissing = "SOURCE_TEXT_MISSING";

    /// <summary>Code: the quote does not occur in the source text.</summary>
    public const string QuoteNotInSource = "CITATION_QUOTE_NOT_IN_SOURCE";

    /// <summary>Collapses whitespace runs to one space and trims: the matching rule for quotes.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text ?? string.Empty, " ").Trim();

    /// <summary>The lowercase hex SHA-256 of a document's bytes: the form <see cref="Source.ContentSha256"/> is registered in.</summary>
    public static string Sha256Of(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    /// <summary>
    /// Archives <paramref name="content"/> (UTF-8 bytes of the document) after checking that its SHA-256 is the one the
    /// source was registered with, so the stored text is exactly the text the quotes were taken from.
    /// </summary>
    public static Source ArchiveVerified(Source source, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        var hash = Sha256Of(content);
        if (hash != source.ContentSha256)
        {
            throw new DomainException(
                HashMismatch,
                $"The file's SHA-256 is {hash}, but source «{source.Title}» was registered with {source.ContentSha256}: it is not the same document.");
        }

        return source.Archive(new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF'));
    }

    /// <summary>
    /// Finds <paramref name="quote"/> in the archived text, tolerating differences in whitespace only, and returns
    /// its span in the archived text (start inclusive, end exclusive). A quote that is not in the text is refused with
    /// the nearest passage (<see cref="TextPassages.Nearest"/>), so the steward can see what the source does say.
    /// </summary>
    public static (int Start, int End) Locate(Source source, string quote) => Locate(source, quote, null);

    /// <summary>
    /// As <see cref="Locate(Source, string)"/>; when the quote occurs more than once, the occurrence starting at
    /// <paramref name="preferredStart"/> (e.g. the one a steward selected) is taken, else the first.
    /// </summary>
    public static (int Start, int End) Locate(Source source, string quote, int? preferredStart)
    {
        ArgumentNullException.ThrowIfNull(source);
        var words = Normalise(quote);
        if (words.Length == 0)
        {
            throw new DomainException(DomainErrorCodes.Required, "Citation quote is required.");
        }

        if (source.ArchivedText is not { Length: > 0 } text)
        {
            throw new DomainException(
                TextMissing,
                $"Source «{source.Title}» has no archived text yet, so the quote cannot be checked; archive the document first.");
        }

        var pattern = string.Join(@"\s+", words.Split(' ').Select(Regex.Escape));
        var matches = Regex.Matches(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        var match = matches.FirstOrDefault(m => m.Index == preferredStart) ?? matches.FirstOrDefault();
        return match is not null ? (match.Index, match.Index + match.Length) : throw NotInSource(source, text, words);
    }

    /// <summary>A STATED citation whose quote has been found in the source text and located there.</summary>
    public static Citation StateVerified(Source source, SubjectRef subject, string quote, params string[] supports)
    {
        var (start, end) = Locate(source, quote);
        return Citation.Stated(subject, source.Id, Normalise(quote), supports).Locate(start, end);
    }

    /// <summary>
    /// Cites <paramref name="source"/> for fields of <paramref name="subject"/>: the quote is checked against the
    /// archived text and located there (a refusal names the detail <c>Quote</c>), then the citation of the requested
    /// kind is made. A CURATED citation names <paramref name="actor"/> as its curator. The one way citations are
    /// created, by the <c>createCitation</c> mutation and the admin's citation picker alike.
    /// </summary>
    public static Citation Cite(Source source, SubjectRef subject, CitationRequest request, string actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        var (start, end) = InvalidDetailException.Check(nameof(request.Quote), () => Locate(source, request.Quote, request.SelectedStart));
        var text = Normalise(request.Quote);
        var fields = request.Supports.ToArray();
        var citation = request.Assertion switch
        {
            AssertionKind.Normalised => Citation.Normalised(subject, source.Id, text, fields),
            AssertionKind.Derived => Citation.Derived(subject, source.Id, text, request.Rationale ?? string.Empty, fields),
            AssertionKind.Curated => Citation.Curated(subject, source.Id, text, actor, request.Rationale ?? string.Empty, nowUtc, fields),
            _ => Citation.Stated(subject, source.Id, text, fields),
        };
        return citation.Locate(start, end).MarkPersonalData(request.ContainsPersonalData);
    }

    private static DomainException NotInSource(Source source, string text, string words)
    {
        var nearest = TextPassages.Nearest(text, words);
        var hint = nearest is null ? " Nothing in it comes close." : $" The nearest passage is «{nearest.Text}» (characters {nearest.Start}–{nearest.End}).";
        return new DomainException(QuoteNotInSource, $"The quote «{words}» does not occur in source «{source.Title}».{hint}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
