namespace SolidarityGraph.Domain.Organisations;

/// <summary>What an organisation is, in our own words (DOMAIN.md §4.3); IATI and ESSGlobal codes are kept beside it.</summary>
public enum OrganisationKind
{
    /// <remarks>A non-governmental development organisation.</remarks>
    Ngo,

    /// <remarks>A membership association.</remarks>
    Association,

    /// <remarks>A cooperative enterprise (ILO R193).</remarks>
    Cooperative,

    /// <remarks>A network or federation of organisations; its members are linked by memberships.</remarks>
    Network,

    /// <remarks>A private foundation, often a funder (IATI type 60).</remarks>
    Foundation,

    /// <remarks>A public body with its own mandate, e.g. the Catalan cooperation agency ACCD or a ministry's department.</remarks>
    PublicAgency,

    /// <remarks>A municipality or other local government.</remarks>
    LocalGovernment,

    /// <remarks>A regional government, e.g. the Generalitat Valenciana.</remarks>
    RegionalGovernment,

    /// <remarks>A national government.</remarks>
    NationalGovernment,

    /// <remarks>A department or office inside a government.</remarks>
    GovernmentUnit,

    /// <remarks>A private company.</remarks>
    Company,

    /// <remarks>An enterprise run collectively by its members without a cooperative's legal form, e.g. Rica Masita.</remarks>
    CollectiveEnterprise,

    /// <remarks>A group without legal personality, e.g. a group of women builders.</remarks>
    InformalGroup,

    /// <remarks>A university or other academic institution.</remarks>
    University,

    /// <remarks>None of the other kinds.</remarks>
    Other,
}

/// <summary>ILO social and solidarity economy entity types (DOMAIN.md §3); UNKNOWN until a steward decides.</summary>
public enum SseEntityType
{
    /// <remarks>Not yet decided by a steward (the default).</remarks>
    Unknown,

    /// <remarks>A cooperative in the ILO sense (R193).</remarks>
    Cooperative,

    /// <remarks>An association.</remarks>
    Association,

    /// <remarks>A mutual society.</remarks>
    MutualSociety,

    /// <remarks>A foundation.</remarks>
    Foundation,

    /// <remarks>A social enterprise.</remarks>
    SocialEnterprise,

    /// <remarks>A self-help group.</remarks>
    SelfHelpGroup,

    /// <remarks>A network or federation of SSE entities.</remarks>
    NetworkOrFederation,

    /// <remarks>Part of the social and solidarity economy, in none of the listed forms.</remarks>
    OtherSse,

    /// <remarks>Not part of the social and solidarity economy, e.g. a public funder.</remarks>
    NotSse,
}
