using System.Text.Json;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (spec §6.4.2 ResolveFieldValue, graphql-js <c>defaultFieldResolver</c>):
/// the parent's entry named like the field. Parents may be dictionaries, <see cref="JsonElement"/> objects or CLR
/// objects, whose public property or field is matched by name ignoring case (<c>name</c> finds <c>Name</c>) through a
/// compiled accessor cached per type and name.
/// </summary>
public static class DefaultFieldResolver
{
    /// <summary>The delegate form, for resolvers that fall back to the default.</summary>
    public static ValueTask<object?> Resolve(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ValueTask<object?>(ResolveMember(context.Parent, context.Field.Name));
    }

    /// <summary>
    /// The compiled getter that <see cref="ResolveMember"/> uses for <paramref name="parent"/>, when it reads a CLR
    /// member (not a dictionary entry, JSON property or primitive); the same for every parent of the same type.
    /// </summary>
    internal static Func<object, object?>? MemberGetter(object parent, string name) =>
        parent is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonElement
            or string or bool or int or long or double or decimal or float
            ? null
            : MemberAccessors.Get(parent.GetType(), name);

    /// <summary>The value of member <paramref name="name"/> of <paramref name="parent"/>, or <see langword="null"/>.</summary>
    public static object? ResolveMember(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property)
                    ? JsonValues.Unwrap(property)
                    : null;
            case string or bool or int or long or double or decimal or float:
                // Like graphql-js, a primitive parent has no fields.
                return null;
            default:
                return MemberAccessors.Get(parent.GetType(), name) is { } accessor ? accessor(parent) : null;
        }
    }
}
