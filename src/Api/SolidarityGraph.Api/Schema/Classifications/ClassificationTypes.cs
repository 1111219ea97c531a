using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Classifications;

/// <summary>A node classified under a scheme (DAC5, SDG, gender marker, ESSGlobal …).</summary>
internal sealed class ClassificationType : NodeObjectType<Classification>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Classification> descriptor)
    {
        descriptor.Description("A node classified in a controlled vocabulary (DAC sector, SDG goal or target, gender marker, ESSGlobal theme …) with its code, share and significance; a steward's classification carries a CURATED citation.");
        descriptor.Ignore(c => c.Subject);
        descriptor.Field("subject")
            .Type("Node")
            .Description("The node classified (a project or an organisation).")
            .Resolve(context => SubjectResolvers.LoadAsync(context, ((Classification)context.Parent!).Subject))
            .Requires(nameof(Classification.Subject));
        descriptor.Field(c => c.Curator).Authorize(Policies.Steward).Description("Who curated it (internal).");
    }
}
