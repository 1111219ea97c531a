using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Fundings;

/// <summary>
/// A funding flow funder → recipient and/or project (an edge with its own id and citations). <c>amount</c> null means
/// unknown, never zero; <c>share</c> is amount / project budget in the same currency, flagged DERIVED.
/// </summary>
internal sealed class FundingType : NodeObjectType<Funding>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Funding> descriptor)
    {
        descriptor.Description("Money or in-kind support from a funder to a recipient organisation and/or a project: an edge with its own ID and citations. An unknown amount is null, never zero; amounts in different currencies are never added.");
        descriptor.Reference<Funding, Organisation>("funder", f => f.FunderId, required: true);
        descriptor.Reference<Funding, Organisation>("recipient", f => f.RecipientId);
        descriptor.Reference<Funding, Project>("project", f => f.ProjectId);
        descriptor.Field(f => f.Amount).Description("The amount as a decimal string; null when the source gives none (unknown, not zero).");
        descriptor.Field(f => f.Value)
            .Description("The amount with its currency; null when the amount is unknown (never a zero amount).")
            .Requires(nameof(Funding.Amount), nameof(Funding.Currency));
        descriptor.Field(f => f.Share).Description("amount / project budget (same currency only), 4 decimal places; see `shareAssertion`.");
    }
}
