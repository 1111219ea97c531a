using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Organisations;

/// <summary>The IATI OrganisationType codelist (DOMAIN.md §1.4), used for <c>participating-org/@type</c>.</summary>
public static class IatiOrganisationType
{
    /// <summary>Every code in the 2.03 codelist.</summary>
    public static IReadOnlySet<int> Codes { get; } = new HashSet<int> { 10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80, 90 };

    /// <summary>Accepts null (not yet curated) or a code of the list.</summary>
    public static int? Require(int? code) =>
        code is null || Codes.Contains(code.Value) ? code : throw new DomainException(
            DomainErrorCodes.InvalidFormat,
            $"IATI organisation type {code} is not in the OrganisationType codelist (10, 11, 15, 21–24, 30, 40, 60, 70–73, 80, 90).");
}
