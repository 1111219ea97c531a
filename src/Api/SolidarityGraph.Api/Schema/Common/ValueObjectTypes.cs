using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Common;

/// <summary><c>Money { amount: Decimal! currency: String! }</c>: never a float (DOMAIN.md §4.1).</summary>
internal sealed class MoneyType : ObjectType<Money>
{
    protected override void Configure(IObjectTypeDescriptor<Money> descriptor)
    {
        descriptor.Description("An exact amount in an ISO 4217 currency. The amount is a decimal string, never a float; amounts in different currencies are never added.");
    }
}

/// <summary>A text in one language.</summary>
internal sealed class LocalizedTextType : ObjectType<LocalizedText>
{
    protected override void Configure(IObjectTypeDescriptor<LocalizedText> descriptor)
    {
        descriptor.Description("A text in one language, identified by its ISO 639-1 code.");
    }
}

/// <summary>An identifier in an external scheme (IATI, Wikidata …).</summary>
internal sealed class ExternalIdType : ObjectType<ExternalId>
{
    protected override void Configure(IObjectTypeDescriptor<ExternalId> descriptor)
    {
        descriptor.Description("An identifier of the same thing in another system: an IATI organisation or activity reference, Wikidata, a national registry, a GSEF or setec page.");
    }
}

/// <summary>A dated milestone of a project (IATI activity-date types 1–4).</summary>
internal sealed class ProjectDateType : ObjectType<ProjectDate>
{
    protected override void Configure(IObjectTypeDescriptor<ProjectDate> descriptor)
    {
        descriptor.Description("One IATI activity date of a project (planned or actual start or end) at the precision the source gives.");
    }
}

/// <summary>Coordinates (WGS 84).</summary>
internal sealed class GeoPointType : ObjectType<GeoPoint>
{
    protected override void Configure(IObjectTypeDescriptor<GeoPoint> descriptor)
    {
        descriptor.Description("A point in WGS 84 degrees.");
    }
}

/// <summary>An experience presented at an event; ids are internal keys of the organisation and place when known.</summary>
internal sealed class FeaturedExperienceType : ObjectType<FeaturedExperience>
{
    protected override void Configure(IObjectTypeDescriptor<FeaturedExperience> descriptor)
    {
        descriptor.Description("An experience presented at an event, labelled as the source names it, with its organisation and place when known.");
        descriptor.Field(f => f.Label).Description("The experience as the source names it, e.g. «Quebec, Canada» or CEPES.");
        descriptor.Reference<FeaturedExperience, Organisation>("organisation", f => f.OrganisationId)
            .Description("The organisation behind the experience, when known.");
        descriptor.Reference<FeaturedExperience, Place>("place", f => f.PlaceId)
            .Description("Where the experience comes from, when known.");
    }
}

/// <summary>A campaign material (radio spot, video, mural, leaflet).</summary>
internal sealed class CampaignMaterialType : ObjectType<CampaignMaterial>
{
    protected override void Configure(IObjectTypeDescriptor<CampaignMaterial> descriptor)
    {
        descriptor.Description("A material a campaign produced.");
        descriptor.Field(m => m.Type).Description("Radio spot, video, mural, leaflet or other.");
        descriptor.Field(m => m.Title).Description("The material's title, when the source gives one.");
    }
}

/// <summary>A breakdown dimension of an indicator value (e.g. sex = female).</summary>
internal sealed class DimensionType : ObjectType<Dimension>
{
    protected override void Configure(IObjectTypeDescriptor<Dimension> descriptor)
    {
        descriptor.Description("One breakdown dimension of an indicator value, e.g. sex = female.");
    }
}

/// <summary>An entrepreneur's consent (only reachable through the steward-only Entrepreneur type).</summary>
internal sealed class ConsentType : ObjectType<Consent>
{
    protected override void Configure(IObjectTypeDescriptor<Consent> descriptor)
    {
        descriptor.Description("An entrepreneur's consent: when it was given, for which uses, and whether it was withdrawn. Steward-only, like the Entrepreneur type.");
    }
}

/// <summary>Registered explicitly because <c>indicatorTotals(kind:)</c> names it.</summary>
internal sealed class IndicatorValueKindType : EnumType<IndicatorValueKind>
{
}
