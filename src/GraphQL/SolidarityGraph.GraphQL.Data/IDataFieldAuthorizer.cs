using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// Decides whether the caller satisfies the <c>Authorize(...)</c> rules of a field used inside a filter, sort or
/// projection. Register it as a request service; without one, protected fields are never filtered, sorted or
/// projected (default deny, DOMAIN.md §4.2).
/// </summary>
public interface IDataFieldAuthorizer
{
    /// <summary>Whether every rule in <paramref name="rules"/> passes for the caller of <paramref name="context"/>.</summary>
    bool IsAuthorized(IResolverContext context, OutputField field, IReadOnlyList<AuthorizeRule> rules);
}
