using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Policy;

/// <summary>Root fields of the Policy feature.</summary>
public static class PolicyQueries
{
    /// <summary>Adds <c>policyProposals</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) => query.Connection("policyProposals", db => db.PolicyProposals).Description("Public-policy proposals that projects built or presented, where the sources name them individually.");
}
