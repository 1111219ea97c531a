using System.Globalization;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>
/// Coerces literals to runtime values (spec §3.5 input coercion, §3.10 and §3.11 input coercion of input objects
/// and lists; graphql-js <c>valueFromAST</c> / <c>coerceInputLiteral</c>).
/// </summary>
/// <remarks>
/// Runtime value shapes: <see langword="null"/>, <see cref="bool"/>, <see cref="string"/>, numbers
/// (<see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="decimal"/> — whatever the scalar
/// produces), enum runtime values, <c>IReadOnlyList&lt;object?&gt;</c> for lists and
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (keys in definition order) for input objects.
/// Variable values passed in are expected to be already coerced.
/// </remarks>
public static class ValueFromAst
{
    /// <summary>
    /// Coerces <paramref name="literal"/> to <paramref name="type"/>. Returns <see langword="false"/> when the literal
    /// is invalid for the type or references a variable missing from <paramref name="variables"/> where a value is
    /// required.
    /// </summary>
    public static bool TryCoerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
            case var _ when literal is NullValueNode:
                return true;
            case ListType list:
                return TryCoerceList(literal, list, variables, out value);
            case InputObjectType input:
                return TryCoerceInputObject(literal, input, variables, out value);
            case EnumType enumType:
                return TryLeaf(() => enumType.ParseLiteral(literal), out value);
            case ScalarType scalar:
                var constant = ReplaceVariables(literal, variables);
                return TryLeaf(() => scalar.ParseLiteral(constant), out value);
            default:
                return false;
        }
    }

    /// <summary>
    /// Converts a literal without a type (graphql-js <c>valueFromASTUntyped</c>): integers to <see cref="int"/>,
    /// <see cref="long"/> or <see cref="double"/> by size, floats to <see cref="double"/>, enums to their name,
    /// variables to their value from <paramref name="variables"/> (<see langword="null"/> when absent).
    /// </summary>
    public static object? Untyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => ParseInteger(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => ToDictionary(obj, variables),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => null,
    };

    private static bool TryCoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValueNode listLiteral)
        {
            // A single item is coerced as a list of one (spec §3.11 Input Coercion).
            if (!TryCoerce(literal, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listLiteral.Values.Count);
        foreach (var item in listLiteral.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                // A missing variable inside a list becomes null, which only a nullable item type accepts.
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryCoerce(item, list.OfType, variables, out var coerced))
            {
                return false;
            }

            items.Add(coerced);
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            return false;
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in objectLiteral.Fields)
        {
            if (!input.Fields.Contains(field.Name.Value) || given.ContainsKey(field.Name.Value))
            {
                return false;
            }

            given.Add(field.Name.Value, field.Value);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldLiteral) || IsMissingVariable(fieldLiteral, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldLiteral, field.Type, variables, out var coerced))
            {
                return false;
            }

            result[field.Name] = coerced;
        }

        if (input.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (LeafCoercionException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>Replaces variables nested in list and object literals by literals of their values.</summary>
    private static ValueNode ReplaceVariables(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        VariableNode v => AstFromValue.Untyped(variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null)
            ?? new NullValueNode(),
        ListValueNode list when list.Values.Any(ContainsVariable) =>
            new ListValueNode(list.Values.Select(item => ReplaceVariables(item, variables)).ToList(), list.Location),
        ObjectValueNode obj when obj.Fields.Any(f => ContainsVariable(f.Value)) =>
            new ObjectValueNode(
                obj.Fields.Select(f => new ObjectFieldNode(f.Name, ReplaceVariables(f.Value, variables), f.Location)).ToList(),
                obj.Location),
        _ => literal,
    };

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static object ParseInteger(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? (object)l
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object?> ToDictionary(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            result[field.Name.Value] = Untyped(field.Value, variables);
        }

        return result;
    }
}
