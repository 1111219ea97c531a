namespace SolidarityGraph.Domain.Organisations;

/// <summary>What an organisation is, in our own words (DOMAIN.md §4.3); IATI and ESSGlobal codes are kept beside it.</summary>
public enum OrganisationKind
{
    Ngo,
    Association,
    Cooperative,
    Network,
    Foundation,
    PublicAgency,
    LocalGovernment,
    RegionalGovernment,
    NationalGovernment,
    GovernmentUnit,
    Company,
    CollectiveEnterprise,
    InformalGroup,
    University,
    Other,
}

/// <summary>ILO social and solidarity economy entity types (DOMAIN.md §3); UNKNOWN until a steward decides.</summary>
public enum SseEntityType
{
    Unknown,
    Cooperative,
    Association,
    MutualSociety,
    Foundation,
    SocialEnterprise,
    SelfHelpGroup,
    NetworkOrFederation,
    OtherSse,
    NotSse,
}
