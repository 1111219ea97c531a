using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Fundings;

/// <summary>Root fields of the Funding feature.</summary>
public static class FundingQueries
{
    /// <summary>Adds <c>funding</c> and <c>budgets</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("funding", db => db.Fundings).Description("Every funding flow (funder → recipient / project).");
        query.Connection("budgets", db => db.Budgets).Description("Project budgets as Money per period; the denominators of derived funding shares.");
        FundingFlowsResolver.Configure(query);
    }
}
