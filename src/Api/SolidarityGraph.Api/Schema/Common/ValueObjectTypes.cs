using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Common;

/// <summary><c>Money { amount: Decimal! currency: String! }</c>: never a float (DOMAIN.md §4.1).</summary>
internal sealed class MoneyType : ObjectType<Money>
{
}

/// <summary>A text in one language.</summary>
internal sealed class LocalizedTextType : ObjectType<LocalizedText>
{
}

/// <summary>An identifier in an external scheme (IATI, Wikidata …).</summary>
internal sealed class ExternalIdType : ObjectType<ExternalId>
{
}

/// <summary>A dated milestone of a project (IATI activity-date types 1–4).</summary>
internal sealed class ProjectDateType : ObjectType<ProjectDate>
{
}

/// <summary>Coordinates (WGS 84).</summary>
internal sealed class GeoPointType : ObjectType<GeoPoint>
{
}

/// <summary>An experience presented at an event; ids are internal keys of the organisation and place when known.</summary>
internal sealed class FeaturedExperienceType : ObjectType<FeaturedExperience>
{
    protected override void Configure(IObjectTypeDescriptor<FeaturedExperience> descriptor)
    {
        descriptor.Reference<FeaturedExperience, Organisation>("organisation", f => f.OrganisationId);
        descriptor.Reference<FeaturedExperience, Place>("place", f => f.PlaceId);
    }
}

/// <summary>A campaign material (radio spot, video, mural, leaflet).</summary>
internal sealed class CampaignMaterialType : ObjectType<CampaignMaterial>
{
}

/// <summary>A breakdown dimension of an indicator value (e.g. sex = female).</summary>
internal sealed class DimensionType : ObjectType<Dimension>
{
}

/// <summary>An entrepreneur's consent (only reachable through the steward-only Entrepreneur type).</summary>
internal sealed class ConsentType : ObjectType<Consent>
{
}

/// <summary>Registered explicitly because <c>indicatorTotals(kind:)</c> names it.</summary>
internal sealed class IndicatorValueKindType : EnumType<IndicatorValueKind>
{
}
