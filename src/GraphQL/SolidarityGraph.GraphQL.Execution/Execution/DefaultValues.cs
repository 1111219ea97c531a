using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Coerced default values of arguments and input fields (spec §6.4.1, §3.10), computed once per definition: a
/// literal default (as written in SDL) is coerced like an argument literal, a code-first default is used as given.
/// </summary>
internal static class DefaultValues
{
    private static readonly ConditionalWeakTable<InputValue, StrongBox<object?>> Cache = new();

    public static object? Get(InputValue input) =>
        Cache.GetValue(input, static definition => new StrongBox<object?>(Coerce(definition))).Value;

    private static object? Coerce(InputValue input)
    {
        if (input.DefaultValueLiteral is { } literal && LiteralCoercion.TryCoerce(literal, input.Type, null, out var value, out _))
        {
            return value;
        }

        return input.DefaultValue;
    }
}
