using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Provenance;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>A published source document; its archived full text is internal (I).</summary>
internal sealed class SourceType : NodeObjectType<Source>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Source> descriptor)
    {
        descriptor.Description("A published document that citations quote: its URL, publisher, language and the SHA-256 of its text.");
        descriptor.Reference<Source, Organisation>("publisher", s => s.PublisherId);
        descriptor.Field(s => s.SeedFile)
            .Description("For a source loaded with the seed dataset, the file name of its document among the seed documents; null otherwise.");
        descriptor.Field(s => s.ArchivedText).Authorize(Policies.Steward).Description("The archived full text (internal: it may name private people).");
        descriptor.Many<Source, Citation>("quotes", c => c.SourceId).Description("Citations quoting this source.");
    }
}

/// <summary>A provenance edge: a verbatim quote from a source supporting fields of one subject.</summary>
internal sealed class CitationType : NodeObjectType<Citation>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Citation> descriptor)
    {
        descriptor.Description("Provenance: a verbatim quote from a source supporting named fields of exactly one subject, with how the value was asserted: STATED (verbatim), NORMALISED (e.g. «Peru» → PE), DERIVED (computed) or CURATED (a steward's judgement).");
        descriptor.Reference<Citation, Source>("source", c => c.SourceId, required: true);
        descriptor.Ignore(c => c.Subject);
        descriptor.Field("subject")
            .Type("Node")
            .Description("The node or edge this citation supports.")
            .Resolve(context => SubjectResolvers.LoadAsync(context, ((Citation)context.Parent!).Subject))
            .Requires(nameof(Citation.Subject));
        descriptor.Field(c => c.Curator).Authorize(Policies.Steward);
    }
}
