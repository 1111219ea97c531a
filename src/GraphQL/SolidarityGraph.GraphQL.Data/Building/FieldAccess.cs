using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>Applies field policies to filters, sorts and projections for one resolver call.</summary>
internal sealed class FieldAccess(IResolverContext context)
{
    private readonly IDataFieldAuthorizer? _authorizer = context.Services.GetService(typeof(IDataFieldAuthorizer)) as IDataFieldAuthorizer;

    public IResolverContext Context => context;

    public bool IsAllowed(EntityMember member)
    {
        if (!member.IsProtected)
        {
            return true;
        }

        var rules = AuthorizationMetadata.GetRules(member.Field.ContextData);
        if (rules.Count == 0 && member.Target is { } target)
        {
            rules = AuthorizationMetadata.GetRules(target.ContextData);
        }

        return _authorizer?.IsAuthorized(context, member.Field, rules) == true;
    }

    /// <summary>Throws a field error when the caller may not <paramref name="use"/> (filter, sort) the protected member.</summary>
    public void Demand(EntityMember member, string use)
    {
        if (!IsAllowed(member))
        {
            throw new GraphQLException(
                $"The field \"{member.Field.Name}\" is protected; the caller is not allowed to {use} by it.",
                DataErrorCodes.FieldNotAuthorized);
        }
    }
}
