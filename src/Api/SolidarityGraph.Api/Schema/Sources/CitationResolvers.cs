using SolidarityGraph.Domain.Provenance;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Sources;

/// <summary>Loads the citations of any node or edge, batched across every subject of one level.</summary>
public static class CitationResolvers
{
    /// <summary>The citations whose subject is <paramref name="subjectId"/>.</summary>
    public static Task<IReadOnlyList<Citation>> OfSubject(IResolverContext context, string subjectId) =>
        Loaders.ByForeignKey<Citation>(context, "Subject", c => c.Subject.Id, subjectId);
}
