using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>
/// The field-policy answers a plan was built on (<see cref="FieldAccess"/> reports each one while a plan is built on
/// this thread; planning is synchronous). A plan shared across requests is valid for a caller exactly when every
/// recorded answer is the same for that caller, so a steward's plan never serves a public caller and vice versa.
/// </summary>
internal sealed class AccessLog
{
    [ThreadStatic]
    private static AccessLog? current;

    private readonly List<AccessDecision> _decisions = new();

    /// <summary>Runs <paramref name="create"/> and returns its value with the policy answers it depended on.</summary>
    public static (T Value, IReadOnlyList<AccessDecision> Decisions) Record<T>(Func<T> create)
    {
        var outer = current;
        var log = current = new AccessLog();
        try
        {
            var value = create();
            outer?._decisions.AddRange(log._decisions);
            return (value, log._decisions);
        }
        finally
        {
            current = outer;
        }
    }

    /// <summary>Notes that the plan being built depends on <paramref name="decision"/>.</summary>
    public static void Note(AccessDecision decision) => current?._decisions.Add(decision);
}

/// <summary>One answer of the caller's field policies: <paramref name="Rules"/> of <paramref name="Field"/> passed or not.</summary>
internal sealed record AccessDecision(OutputField Field, IReadOnlyList<AuthorizeRule> Rules, bool Authorized)
{
    /// <summary>Whether the caller of <paramref name="access"/> gets the same answer.</summary>
    public bool Holds(FieldAccess access) => access.IsAuthorized(Field, Rules) == Authorized;
}
