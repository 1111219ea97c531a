using SolidarityGraph.Api.Schema.Classifications;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Organisations;

/// <summary>An organisation: NGO, cooperative, network, funder, public agency … (DOMAIN.md §4.3).</summary>
internal sealed class OrganisationType : NodeObjectType<Organisation>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Organisation> descriptor)
    {
        descriptor.Description("An NGO, association, cooperative, network, foundation, public body, company or other organisation that funds or takes part in social and solidarity economy work.");
        descriptor.Reference<Organisation, Organisation>("parent", o => o.ParentId);
        descriptor.Reference<Organisation, Place>("headquarters", o => o.HeadquartersPlaceId);
        descriptor.Many<Organisation, Funding>("fundingGiven", f => f.FunderId).Description("Funding this organisation gave (it is the funder).");
        descriptor.Many<Organisation, Funding>("fundingReceived", f => f.RecipientId).Description("Funding this organisation received.");
        descriptor.Many<Organisation, Participation>("participations", p => p.OrganisationId).Description("Projects this organisation takes part in, with its role.");
        descriptor.Many<Organisation, Organisation>("children", o => o.ParentId).Description("Units whose parent is this organisation.");
        descriptor.Field("classifications")
            .Type("[Classification!]!")
            .Description("How this is classified: DAC sectors, SDG goals and targets, gender marker, ESSGlobal themes …")
            .Resolve(context => ClassificationResolvers.OfSubject(context, ((Organisation)context.Parent!).Id));
    }
}
