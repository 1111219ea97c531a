using System.Linq.Expressions;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types;
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

        return IsAuthorized(member.Field, rules);
    }

    /// <summary>
    /// Whether the caller passes <paramref name="rules"/> of <paramref name="field"/>; the answer is noted in the
    /// <see cref="AccessLog"/> of the plan being built, because the plan depends on it.
    /// </summary>
    public bool IsAuthorized(OutputField field, IReadOnlyList<AuthorizeRule> rules)
    {
        var authorized = _authorizer?.IsAuthorized(context, field, rules) == true;
        AccessLog.Note(new AccessDecision(field, rules, authorized));
        return authorized;
    }

    /// <summary>
    /// <c>instance.Member</c> as the caller may read it in a filter or sort key: for a member withheld row by row
    /// (<c>WithheldWhen</c>) and a caller without its policy, <c>instance.Flag ? null : instance.Member</c>.
    /// </summary>
    public Expression Read(EntityMember member, Expression instance)
    {
        var read = Expression.MakeMemberAccess(instance, member.Member);
        if (member.Withheld is not { } withheld || IsAuthorized(member.Field, [new AuthorizeRule(withheld.Policy)]))
        {
            return read;
        }

        return Expression.Condition(Expression.MakeMemberAccess(instance, withheld.Flag), Expression.Constant(null, read.Type), read);
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
