using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Projects;

/// <summary>Root fields of the Projects feature.</summary>
public static class ProjectQueries
{
    /// <summary>Adds <c>projects</c>, <c>participations</c> and <c>results</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("projects", db => db.Projects).Description("Projects, documented practices and programmes.");
        query.Connection("participations", db => db.Participations);
        query.Connection("results", db => db.Results);
    }
}
