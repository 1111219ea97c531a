using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>Root fields of the Sources feature.</summary>
public static class SourceQueries
{
    /// <summary>Adds <c>sources</c> and <c>citations</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("sources", db => db.Sources).Description("The published documents every fact is cited from.");
        query.Connection("citations", db => db.Citations).Description("Every citation the caller may see (steward-only ones, of personal-data records or protected fields, for stewards only); filter `assertion: { eq: STATED }` for verbatim facts only.");
    }
}
