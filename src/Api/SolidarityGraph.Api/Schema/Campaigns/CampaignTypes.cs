using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Campaigns;

/// <summary>A public-awareness campaign of a project; its reach lives in indicators.</summary>
internal sealed class CampaignType : NodeObjectType<Campaign>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Campaign> descriptor)
    {
        descriptor.Description("A public-awareness campaign of a project, named as published, with its aims, audiences and materials; what it reached is reported as indicator values.");
        descriptor.Reference<Campaign, Project>("project", c => c.ProjectId, required: true);
        descriptor.Reference<Campaign, Event>("launchEvent", c => c.LaunchEventId);
        descriptor.Field(c => c.Materials)
            .Description("What the campaign produced (radio spots, videos, murals, leaflets), each with its format and language.")
            .IsStoredWhole();
    }
}
