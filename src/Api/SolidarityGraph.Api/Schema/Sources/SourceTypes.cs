using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;
using SolidarityGraph.GraphQL.Types.Resolvers;

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
        descriptor.Many<Source, Citation>("quotes", c => c.SourceId).Description("Citations quoting this source; steward-only citations (of personal-data records or protected fields) are listed to stewards only, and `totalCount` counts what the caller may see.");
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
        ConfigureQuote(descriptor);
    }

    // A marked quote is public evidence that something was said, not of what: its text and span are null for
    // non-stewards, in results, filters, sorts and cursors alike. Steward-only citations are not found at all.
    private static void ConfigureQuote(IObjectTypeDescriptor<Citation> descriptor)
    {
        const string Flag = nameof(Citation.ContainsPersonalData);
        descriptor.Field(c => c.Quote)
            .Type("String")
            .Description("Verbatim (whitespace-normalised) substring of the source text. Null when it is withheld from the caller (see `quoteRedaction`); filters and sorts then treat it as null too.")
            .Requires(Flag)
            .WithheldWhen(Flag, Policies.Steward)
            .Resolve(new FieldResolver(context => QuoteResolvers.ReadAsync(context, c => c.Quote)));
        descriptor.Field(c => c.CharStart)
            .Type("Int")
            .Description("Start offset of the quote in the source text, when located; null when the quote is withheld.")
            .Requires(Flag)
            .WithheldWhen(Flag, Policies.Steward)
            .Resolve(new FieldResolver(context => QuoteResolvers.ReadAsync(context, c => c.CharStart)));
        descriptor.Field(c => c.CharEnd)
            .Type("Int")
            .Description("End offset (exclusive) of the quote in the source text, when located; null when the quote is withheld.")
            .Requires(Flag)
            .WithheldWhen(Flag, Policies.Steward)
            .Resolve(new FieldResolver(context => QuoteResolvers.ReadAsync(context, c => c.CharEnd)));
        descriptor.Field("quoteRedaction")
            .Type("QuoteRedaction")
            .Description("Why `quote`, `charStart` and `charEnd` are null for the caller; null when the caller reads them.")
            .Requires(Flag)
            .Resolve(new FieldResolver(QuoteResolvers.RedactionAsync));
        descriptor.Field(c => c.ContainsPersonalData)
            .Description("A steward marked the quote as personal data (e.g. it names a private person): only stewards read its text. Required when the quote names a known entrepreneur or public contact.");
        descriptor.Ignore(c => c.IsStewardOnly);
    }
}
