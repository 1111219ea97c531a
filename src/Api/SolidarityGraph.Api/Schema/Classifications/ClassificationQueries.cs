using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Classifications;

/// <summary>Root fields of the Classifications feature.</summary>
public static class ClassificationQueries
{
    /// <summary>Adds <c>classifications</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) => query.Connection("classifications", db => db.Classifications).Description("Classifications of nodes in controlled vocabularies (DAC sectors, SDG goals and targets, gender marker, ESSGlobal themes …).");
}
