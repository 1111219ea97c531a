using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Projects;

/// <summary>Root fields of the Projects feature.</summary>
public static class ProjectQueries
{
    /// <summary>Adds <c>projects</c>, <c>participations</c> and <c>results</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("projects", db => db.Projects).Description("Projects, documented practices and programmes.");
        query.Connection("participations", db => db.Participations).Description("Every participation: which organisation takes part in which project, in which role (funding, implementing, partner …).");
        query.Connection("results", db => db.Results).Description("Every project result (output, outcome, impact); follow `indicators` for the numbers reported against it.");
    }
}
