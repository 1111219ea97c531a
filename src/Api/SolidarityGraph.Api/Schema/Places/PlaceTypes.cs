using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Places;

/// <summary>A country, region, city, district or community, in a parent hierarchy.</summary>
internal sealed class PlaceType : NodeObjectType<Place>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Place> descriptor)
    {
        descriptor.Description("A place in a typed hierarchy (country, macro-region, first- and second-level areas, district, city, community) with ISO 3166 and UN M49 codes.");
        descriptor.Reference<Place, Place>("parent", p => p.ParentId).Description("The enclosing place, e.g. the country of a region.");
        descriptor.Field(p => p.Point).Description("Coordinates in WGS 84, when known (the seeded places have none).");
        descriptor.Many<Place, Place>("children", p => p.ParentId);
        descriptor.Many<Place, ProjectLocation>("projectLocations", l => l.PlaceId).Description("Projects working here.");
    }
}
