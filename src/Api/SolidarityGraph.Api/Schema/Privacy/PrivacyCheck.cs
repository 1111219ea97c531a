using System.Reflection;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Api.Schema.Privacy;

/// <summary>
/// Default deny for personal data (DOMAIN.md §4.2): the schema build fails when a field backed by an S, X or I member,
/// or a type whose class is S, X or I, does not require the <see cref="Policies.Steward"/> policy. Forgetting an
/// annotation breaks the build, not privacy.
/// </summary>
public static class PrivacyCheck
{
    /// <summary>The exposures found in <paramref name="schema"/>: one message per unguarded member.</summary>
    public static IReadOnlyList<string> FindExposures(GraphQL.Types.Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var domain = typeof(EntityBase).Assembly;
        var problems = new List<string>();
        foreach (var type in schema.Types.OfType<ObjectType>().Where(t => t.RuntimeType?.Assembly == domain))
        {
            var typeGuarded = IsStewardOnly(AuthorizationMetadata.GetRules(type.ContextData));
            if (PrivacyMetadata.RequiresSteward(PrivacyMetadata.Of(type.RuntimeType!)) && !typeGuarded)
            {
                problems.Add($"{type.Name} holds {PrivacyMetadata.Of(type.RuntimeType!)}-class data but the type does not require the {Policies.Steward} policy.");
                continue;
            }

            foreach (var field in type.Fields)
            {
                var property = type.RuntimeType!.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null || !PrivacyMetadata.RequiresSteward(PrivacyMetadata.Of(property)))
                {
                    continue;
                }

                if (!typeGuarded && !IsStewardOnly(AuthorizationMetadata.GetRules(field.ContextData)))
                {
                    problems.Add($"{type.Name}.{field.Name} exposes {PrivacyMetadata.Of(property)}-class data without the {Policies.Steward} policy.");
                }
            }
        }

        return problems;
    }

    /// <summary>Throws when <see cref="FindExposures"/> finds anything.</summary>
    /// <exception cref="SchemaBuildException">Personal or internal data is exposed without a policy.</exception>
    public static void ThrowIfExposed(GraphQL.Types.Schema schema)
    {
        var problems = FindExposures(schema);
        if (problems.Count > 0)
        {
            throw new SchemaBuildException(problems);
        }
    }

    private static bool IsStewardOnly(IReadOnlyList<AuthorizeRule> rules) => rules.Any(r => r.Policy == Policies.Steward);
}
