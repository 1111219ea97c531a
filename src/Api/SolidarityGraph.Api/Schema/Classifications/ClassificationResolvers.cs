using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Classifications;

/// <summary>Loads classifications per subject, batched.</summary>
public static class ClassificationResolvers
{
    // One tree for every call: the loader projection is cached per foreign-key lambda instance.
    private static readonly System.Linq.Expressions.Expression<Func<Classification, string?>> BySubject = c => c.Subject.Id;

    /// <summary>The classifications of <paramref name="subjectId"/>.</summary>
    public static Task<IReadOnlyList<Classification>> OfSubject(IResolverContext context, string subjectId) =>
        Loaders.ByForeignKey(context, "Subject", BySubject, subjectId);
}
