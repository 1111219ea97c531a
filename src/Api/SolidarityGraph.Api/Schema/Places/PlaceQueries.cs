using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Places;

/// <summary>Root fields of the Places feature.</summary>
public static class PlaceQueries
{
    /// <summary>Adds <c>places</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) => query.Connection("places", db => db.Places).Description("Countries, regions, cities and communities where projects work, with ISO 3166 and UN M49 codes.");
}
