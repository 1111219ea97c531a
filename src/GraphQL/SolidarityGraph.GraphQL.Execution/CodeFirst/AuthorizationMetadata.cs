namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>One authorization requirement declared with <c>Authorize(...)</c>.</summary>
/// <param name="Policy">The policy name, or <see langword="null"/> for "any authenticated caller".</param>
public sealed record AuthorizeRule(string? Policy);

/// <summary>
/// Where <c>Authorize(...)</c> stores its requirements: the <c>ContextData</c> of the object type or field, under
/// <see cref="Key"/>, as a list of <see cref="AuthorizeRule"/>s that must all pass. Enforcement belongs to the
/// server's authorization phase (PARITY.md §11); the type system only records the declaration.
/// </summary>
public static class AuthorizationMetadata
{
    /// <summary>The <c>ContextData</c> key.</summary>
    public const string Key = "authorize";

    /// <summary>The rules stored in <paramref name="contextData"/>; empty when none.</summary>
    public static IReadOnlyList<AuthorizeRule> GetRules(IDictionary<string, object?> contextData)
    {
        ArgumentNullException.ThrowIfNull(contextData);
        return contextData.TryGetValue(Key, out var value) && value is IReadOnlyList<AuthorizeRule> rules ? rules : Array.Empty<AuthorizeRule>();
    }

    internal static void Add(IDictionary<string, object?> contextData, string? policy)
    {
        if (!contextData.TryGetValue(Key, out var value) || value is not List<AuthorizeRule> rules)
        {
            contextData[Key] = rules = new List<AuthorizeRule>();
        }

        rules.Add(new AuthorizeRule(policy));
    }
}
