namespace SolidarityGraph.Domain.Organisations;

/// <summary>What an organisation is, in our own words (DOMAIN.md §4.3); IATI and ESSGlobal codes are kept beside it.</summary>
public enum OrganisationKind
{
#pragma warning disable CS1591 // Names follow DOMAIN.md §4.3 one to one.
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
#pragma warning restore CS1591
}

/// <summary>ILO social and solidarity economy entity types (DOMAIN.md §3); UNKNOWN until a steward decides.</summary>
public enum SseEntityType
{
#pragma warning disable CS1591 // Names follow the ILO 2022 resolution's list.
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
#pragma warning restore CS1591
}
