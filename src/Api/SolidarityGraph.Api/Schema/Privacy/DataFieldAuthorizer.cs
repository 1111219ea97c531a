using SolidarityGraph.GraphQL.AspNetCore.Authorization;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Privacy;

/// <summary>
/// Lets the data layer filter, sort or project a protected field only when the caller passes its policy, with the same
/// evaluation as field reads (PARITY.md §3 "Authorization": no inference through <c>where</c>).
/// </summary>
internal sealed class DataFieldAuthorizer : IDataFieldAuthorizer
{
    public bool IsAuthorized(IResolverContext context, OutputField field, IReadOnlyList<AuthorizeRule> rules)
    {
        // Role and claim policies complete synchronously; the cache makes repeated checks free.
        var evaluation = FieldAuthorizer.EvaluateAsync(context, rules);
        var code = evaluation.IsCompleted ? evaluation.Result : evaluation.AsTask().GetAwaiter().GetResult();
        return code is null;
    }
}
