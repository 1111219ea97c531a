using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.Sources;

/// <summary>
/// A provenance edge: a verbatim quote from a <see cref="Source"/> supporting named fields of exactly one subject
/// (node, edge or indicator value). DOMAIN.md §4.3; exported as PROV-O <c>prov:wasDerivedFrom</c>.
/// </summary>
public sealed class Citation : EntityBase
{
    private Citation()
    {
        Subject = null!;
        SourceId = Quote = string.Empty;
        Supports = [];
    }

    private Citation(SubjectRef subject, string sourceId, string quote, IEnumerable<string> supports, AssertionKind assertion)
    {
        Subject = subject ?? throw new DomainException(DomainErrorCodes.Required, "Citation subject is required.");
        SourceId = Guard.RequiredId(sourceId, "Citation source id");
        Quote = Guard.Required(quote, "Citation quote");
        Supports = RequireSupports(supports);
        Assertion = assertion;
        IsStewardOnly = CitationPrivacy.IsStewardOnly(Subject, Supports);
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Citation;

    /// <summary>The one cited node, edge or indicator value.</summary>
    public SubjectRef Subject { get; private set; }

    /// <summary>The quoted source.</summary>
    public string SourceId { get; private set; }

    /// <summary>Verbatim (whitespace-normalised) substring of the source text.</summary>
    public string Quote { get; private set; }

    /// <summary>Start offset of the quote in the source text, when located.</summary>
    public int? CharStart { get; private set; }

    /// <summary>End offset (exclusive) of the quote in the source text, when located.</summary>
    public int? CharEnd { get; private set; }

    /// <summary>Field paths of the subject this quote supports, e.g. <c>["amount", "currency"]</c>.</summary>
    public IReadOnlyList<string> Supports { get; private set; }

    /// <summary>How the supported values relate to the quote.</summary>
    public AssertionKind Assertion { get; private set; }

    /// <summary>
    /// Marked by a steward: the quote holds personal data (a private person's name, address …), so only stewards read
    /// it; everyone else sees that a quote exists, never its text (<see cref="CitationPrivacy"/>).
    /// </summary>
    public bool ContainsPersonalData { get; private set; }

    /// <summary>
    /// The subject is a personal-data record or a supported field is protected, so the whole citation is
    /// steward-only. Derived from <see cref="Subject"/> and <see cref="Supports"/>; stored so queries can filter by it.
    /// </summary>
    public bool IsStewardOnly { get; private set; }

    /// <summary>The steward who curated or derived the value.</summary>
    [Privacy(PrivacyClass.I)]
    public string? Curator { get; private set; }

    /// <summary>When the value was curated (UTC).</summary>
    public DateTime? CuratedAt { get; private set; }

    /// <summary>Why a curated value was chosen, or how a derived value was computed.</summary>
    public string? Rationale { get; private set; }

    /// <summary>A value written verbatim in the source.</summary>
    public static Citation Stated(SubjectRef subject, string sourceId, string quote, params string[] supports) =>
        new(subject, sourceId, quote, supports, AssertionKind.Stated);

    /// <summary>A value mapped from the source's wording to a code (e.g. «Peru» → PE).</summary>
    public static Citation Normalised(SubjectRef subject, string sourceId, string quote, params string[] supports) =>
        new(subject, sourceId, quote, supports, AssertionKind.Normalised);

    /// <summary>A computed value; <paramref name="rationale"/> states the computation.</summary>
    public static Citation Derived(SubjectRef subject, string sourceId, string quote, string rationale, params string[] supports) =>
        new(subject, sourceId, quote, supports, AssertionKind.Derived)
        {
            Rationale = RequireRationale(AssertionKind.Derived, rationale),
        };

    /// <summary>A steward's judgement; curator and rationale are required.</summary>
    public static Citation Curated(SubjectRef subject, string sourceId, string quote, string curator, string rationale,
        DateTime curatedAtUtc, params string[] supports) =>
        new(subject, sourceId, quote, supports, AssertionKind.Curated)
        {
            Curator = RequireCurator(curator),
            Rationale = RequireRationale(AssertionKind.Curated, rationale),
            CuratedAt = Guard.Utc(curatedAtUtc),
        };

    /// <summary>
    /// Revises which fields the citation supports and why. The source, quote and assertion kind stay: they are the
    /// evidence, so changing them means deleting the citation and citing again. A CURATED citation's judgement becomes
    /// <paramref name="reviser"/>'s, as of <paramref name="revisedAtUtc"/>.
    /// </summary>
    public Citation Revise(IEnumerable<string> supports, string? rationale, string reviser, DateTime revisedAtUtc)
    {
        var fields = RequireSupports(supports);
        var why = Assertion is AssertionKind.Derived or AssertionKind.Curated ? RequireRationale(Assertion, rationale) : Guard.Optional(rationale);
        if (Assertion == AssertionKind.Curated)
        {
            Curator = RequireCurator(reviser);
            CuratedAt = Guard.Utc(revisedAtUtc);
        }

        Supports = fields;
        Rationale = why;
        IsStewardOnly = CitationPrivacy.IsStewardOnly(Subject, Supports);
        return this;
    }

    /// <summary>
    /// Marks (or unmarks) the quote as personal data. Saving refuses an unmarked citation whose quote names a known
    /// person (<see cref="CitationPrivacy.QuoteNamesPerson"/>).
    /// </summary>
    public Citation MarkPersonalData(bool containsPersonalData)
    {
        ContainsPersonalData = containsPersonalData;
        return this;
    }

    /// <summary>Records where the quote sits in the source text.</summary>
    public Citation Locate(int charStart, int charEnd)
    {
        if (charStart < 0 || charEnd <= charStart)
        {
            throw new DomainException(
                DomainErrorCodes.CitationSpanInvalid,
                $"Citation span [{charStart}, {charEnd}) is invalid: start must be ≥ 0 and end must be after start.");
        }

        CharStart = charStart;
        CharEnd = charEnd;
        return this;
    }

    private static IReadOnlyList<string> RequireSupports(IEnumerable<string> supports)
    {
        var fields = Guard.TextList(supports);
        return fields.Count > 0 ? fields : throw new DomainException(
            DomainErrorCodes.CitationSupportsRequired,
            "A citation must name at least one supported field, e.g. [\"amount\", \"currency\"].");
    }

    private static string RequireRationale(AssertionKind assertion, string? rationale) =>
        Guard.Optional(rationale) ?? throw new DomainException(
            DomainErrorCodes.CitationRationaleRequired,
            assertion == AssertionKind.Derived ? "A DERIVED citation must state how the value was computed." : "A CURATED citation must give a rationale.");

    private static string RequireCurator(string curator) =>
        Guard.Optional(curator) ?? throw new DomainException(DomainErrorCodes.CitationCuratorRequired, "A CURATED citation must name its curator.");
}
