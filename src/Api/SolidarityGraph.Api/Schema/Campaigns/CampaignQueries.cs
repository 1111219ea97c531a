using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Campaigns;

/// <summary>Root fields of the Campaigns feature.</summary>
public static class CampaignQueries
{
    /// <summary>Adds <c>campaigns</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) => query.Connection("campaigns", db => db.Campaigns).Description("Public-awareness campaigns run by projects, with their aims, audiences and materials.");
}
