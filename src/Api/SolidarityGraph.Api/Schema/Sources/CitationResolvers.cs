using SolidarityGraph.Domain.Sources;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>Loads the citations of any node or edge, batched across every subject of one level.</summary>
public static class CitationResolvers
{
    // One tree for every call: the loader projection is cached per foreign-key lambda instance.
    private static readonly System.Linq.Expressions.Expression<Func<Citation, string?>> BySubject = c => c.Subject.Id;

    /// <summary>The citations whose subject is <paramref name="subjectId"/>.</summary>
    public static Task<IReadOnlyList<Citation>> OfSubject(IResolverContext context, string subjectId) =>
        Loaders.ByForeignKey(context, "Subject", BySubject, subjectId);
}
