using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Node;

/// <summary>Resolves a stored <see cref="SubjectRef"/> (the subject of a citation, classification or indicator) to its node.</summary>
public static class SubjectResolvers
{
    /// <summary>The node <paramref name="subject"/> points at, or null when it is not an exposed node type.</summary>
    public static Task<object?> LoadAsync(IResolverContext context, SubjectRef? subject)
    {
        var typeName = subject?.Kind.ToString();
        return subject is null || !NodeTypes.Names.Contains(typeName!)
            ? Task.FromResult<object?>(null)
            : NodeQueries.LoadAuthorizedAsync(context, typeName!, subject.Id);
    }
}
