using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Organisations;

/// <summary>Root fields of the Organisations feature.</summary>
public static class OrganisationQueries
{
    /// <summary>Adds <c>organisations</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) =>
        query.Connection("organisations", db => db.Organisations).Description("Organisations: NGOs, cooperatives, networks, funders, public bodies.");
}
