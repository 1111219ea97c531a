using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.People;

/// <summary>Business sectors of individual entrepreneurs.</summary>
public enum BusinessSector
{
    /// <remarks>Food production, processing or catering.</remarks>
    Food,

    /// <remarks>Sewing, weaving and clothing.</remarks>
    Textile,

    /// <remarks>Handicrafts.</remarks>
    Crafts,

    /// <remarks>Retail and trade.</remarks>
    Commerce,

    /// <remarks>Personal and business services.</remarks>
    Services,

    /// <remarks>Farming and livestock.</remarks>
    Agriculture,

    /// <remarks>Building trades.</remarks>
    Construction,

    /// <remarks>None of the other sectors.</remarks>
    Other,
}

/// <summary>
/// An individual beneficiary such as a woman entrepreneur (DOMAIN.md §4.3). The whole type is steward-only personal
/// data; sensitive attributes (disability, migration status …) are deliberately not modelled (class X: not collected
/// without a documented purpose). The seeds hold no rows.
/// </summary>
[Privacy(PrivacyClass.S)]
public sealed class Entrepreneur : EntityBase
{
    private Entrepreneur()
    {
        PseudoId = string.Empty;
        Consent = null!;
    }

    /// <summary>Creates an entrepreneur record; consent is required before anything is stored.</summary>
    public Entrepreneur(string pseudoId, Consent consent)
    {
        PseudoId = Guard.Required(pseudoId, "Entrepreneur pseudonymous id");
        Consent = consent ?? throw new DomainException(DomainErrorCodes.Required, "Entrepreneur consent is required.");
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Entrepreneur;

    /// <summary>Pseudonymous identifier used in exports and reports.</summary>
    public string PseudoId { get; private set; }

    /// <remarks>Personal data: steward-only like the whole type; null when only the pseudonym is known.</remarks>
    public string? FullName { get; private set; }

    /// <summary>Free-text contact details.</summary>
    public string? Contacts { get; private set; }

    /// <summary>Year of birth.</summary>
    public int? BirthYear { get; private set; }

    /// <summary>Municipality of residence.</summary>
    public string? MunicipalityPlaceId { get; private set; }

    /// <summary>Sector of the person's business.</summary>
    public BusinessSector? BusinessSector { get; private set; }

    /// <summary>The person's enterprise, when it is an organisation we know.</summary>
    public string? EnterpriseOrganisationId { get; private set; }

    /// <summary>Consent given for storing and using this record.</summary>
    public Consent Consent { get; private set; }

    /// <summary>Sets the personal details.</summary>
    public Entrepreneur Describe(string? fullName = null, string? contacts = null, int? birthYear = null,
        string? municipalityPlaceId = null, BusinessSector? businessSector = null, string? enterpriseOrganisationId = null)
    {
        if (birthYear is < 1900 || birthYear > DateTime.UtcNow.Year)
        {
            throw new DomainException(
                DomainErrorCodes.OutOfRange, $"Birth year must be between 1900 and {DateTime.UtcNow.Year}, got {birthYear}.");
        }

        FullName = Guard.Optional(fullName);
        Contacts = Guard.Optional(contacts);
        BirthYear = birthYear;
        MunicipalityPlaceId = Guard.OptionalId(municipalityPlaceId, "Municipality place id");
        BusinessSector = businessSector;
        EnterpriseOrganisationId = Guard.OptionalId(enterpriseOrganisationId, "Enterprise organisation id");
        return this;
    }

    /// <summary>Records a withdrawal of consent.</summary>
    public Entrepreneur WithdrawConsent(DateTime withdrawnAtUtc)
    {
        Consent = Consent.Withdraw(withdrawnAtUtc);
        return this;
    }
}
