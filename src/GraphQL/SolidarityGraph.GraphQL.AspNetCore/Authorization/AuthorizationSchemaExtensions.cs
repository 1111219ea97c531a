using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Enforces declared <c>Authorize(...)</c> rules (<see cref="AuthorizationMetadata"/>) before resolvers run
/// (Hot Chocolate's <c>ApplyPolicy.BeforeResolver</c>, PARITY.md §11). A field is guarded by its own rules, the rules of
/// the type that declares it and the rules of the object type it returns, so a protected type cannot be reached through
/// an unprotected field. A failed check resolves the field to null with an <see cref="AuthorizationErrorCodes"/> error.
/// </summary>
public static class AuthorizationSchemaExtensions
{
    private const string AppliedKey = "SolidarityGraph.Authorization.Applied";
    private static readonly Func<Schema, Schema> Enforce = EnforceAuthorization;

    /// <summary>
    /// Inside <see cref="CodeFirstSchemaBuilder.Build"/> (stage <see cref="SchemaCompletionStage.Authorization"/>, after
    /// every generated field exists), the declared rules are enforced as by <see cref="EnforceAuthorization"/>.
    /// </summary>
    public static CodeFirstSchemaBuilder UseAuthorization(this CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSchemaCompletion(SchemaCompletionStage.Authorization, Enforce);
    }

    /// <summary>Wraps the resolver of every guarded field of <paramref name="schema"/>; safe to call once per schema.</summary>
    /// <returns>The same schema.</returns>
    public static Schema EnforceAuthorization(this Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var type in schema.Types.OfType<ObjectType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                var rules = RulesOf(type, field);
                if (rules.Count == 0 || field.ContextData.ContainsKey(AppliedKey))
                {
                    continue;
                }

                field.ContextData[AppliedKey] = true;
                field.Resolver = Guard(type, field, rules, field.Resolver ?? PropertyReader(field.Name));
            }
        }

        return schema;
    }

    /// <summary>Every rule that guards <paramref name="field"/> of <paramref name="owner"/>.</summary>
    public static IReadOnlyList<AuthorizeRule> RulesOf(ObjectType owner, OutputField field)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(field);
        var rules = new List<AuthorizeRule>(AuthorizationMetadata.GetRules(field.ContextData));
        rules.AddRange(AuthorizationMetadata.GetRules(owner.ContextData));
        if (SolidarityGraph.GraphQL.Types.TypeExtensions.NamedType(field.Type) is ObjectType target && target != owner)
        {
            rules.AddRange(AuthorizationMetadata.GetRules(target.ContextData));
            if (ItemTypeOf(target) is { } item && item != owner)
            {
                rules.AddRange(AuthorizationMetadata.GetRules(item.ContextData));
            }
        }

        return rules.Distinct().ToList();
    }

    // A connection or collection segment (Relay `nodes`, offset `items`) guards like the list of its items, so a
    // protected type cannot be counted or filtered through its connection (DOMAIN.md §4.2).
    private static ObjectType? ItemTypeOf(ObjectType type)
    {
        var items = type.Fields.FirstOrDefault(f => f.Name is "nodes" or "items");
        return items is not null && SolidarityGraph.GraphQL.Types.TypeExtensions.NamedType(items.Type) is ObjectType item ? item : null;
    }

    private static FieldResolver Guard(ObjectType owner, OutputField field, IReadOnlyList<AuthorizeRule> rules, FieldResolver next)
    {
        var coordinate = owner.Name + "." + field.Name;
        return async context =>
        {
            if (await FieldAuthorizer.EvaluateAsync(context, rules).ConfigureAwait(false) is { } code)
            {
                throw FieldAuthorizer.Error(code, coordinate);
            }

            return await next(context).ConfigureAwait(false);
        };
    }

    // Fields without a resolver read the parent's property of the same name (case-insensitive), as the executor does.
    private static FieldResolver PropertyReader(string name) => context =>
    {
        var parent = context.Parent;
        var property = parent?.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return new ValueTask<object?>(property?.GetValue(parent));
    };
}
