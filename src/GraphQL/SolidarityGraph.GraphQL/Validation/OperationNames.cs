using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>The keywords of the operation types, as messages spell them.</summary>
internal static class OperationNames
{
    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string Of(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
