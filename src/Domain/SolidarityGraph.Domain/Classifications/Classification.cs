using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Classifications;

/// <summary>
/// A node classified in a vocabulary (DOMAIN.md §4.4), e.g. project P3 → SDG target 11.7. Most classifications are
/// steward judgements (<see cref="AssertionKind.Curated"/>), which must name their curator and rationale.
/// </summary>
public sealed class Classification : EntityBase
{
    private Classification()
    {
        Subject = null!;
        Code = string.Empty;
    }

    /// <summary>Creates a classification; the code must match the scheme's format.</summary>
    public Classification(SubjectRef subject, ClassificationScheme scheme, string code,
        AssertionKind assertion = AssertionKind.Curated, string? curator = null, string? rationale = null)
    {
        Subject = subject ?? throw new DomainException(DomainErrorCodes.Required, "Classification subject is required.");
        Scheme = scheme;
        Code = ClassificationCodes.Require(scheme, code);
        Assertion = assertion;
        Curator = Guard.Optional(curator);
        Rationale = Guard.Optional(rationale);
        if (assertion == AssertionKind.Curated && Curator is null)
        {
            throw new DomainException(
                DomainErrorCodes.CitationCuratorRequired, $"A curated {scheme} classification must name its curator.");
        }
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Classification;

    /// <summary>The classified node.</summary>
    public SubjectRef Subject { get; private set; }

    /// <summary>The vocabulary.</summary>
    public ClassificationScheme Scheme { get; private set; }

    /// <summary>The concept code.</summary>
    public string Code { get; private set; }

    /// <summary>Share of the subject in this concept (IATI sector percentage), 0–100.</summary>
    public decimal? Percentage { get; private set; }

    /// <summary>IATI policy significance 0–4, for policy-marker-like schemes.</summary>
    public int? Significance { get; private set; }

    /// <summary>Stated by a source or curated by a steward.</summary>
    public AssertionKind Assertion { get; private set; }

    /// <summary>Who decided it.</summary>
    [Privacy(PrivacyClass.I)]
    public string? Curator { get; private set; }

    /// <summary>Why.</summary>
    public string? Rationale { get; private set; }

    /// <summary>Sets percentage (0–100) and significance (0–4).</summary>
    public Classification Weigh(decimal? percentage = null, int? significance = null)
    {
        if (significance is < 0 or > 4)
        {
            throw new DomainException(DomainErrorCodes.OutOfRange, $"Significance must be between 0 and 4, got {significance}.");
        }

        Percentage = Guard.Percentage(percentage, "Classification percentage");
        Significance = significance;
        return this;
    }
}
