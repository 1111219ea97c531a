using System.Globalization;
using System.Text.Json;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Pipeline;

// Argument and directive values as the cost formula reads them, with variables given or defaulted.
public sealed partial class OperationCostAnalyzer
{
    /// <summary>A literal's value, with variables replaced by their raw value or default; <see langword="null"/> when absent.</summary>
    private object? Value(ValueNode value) => value switch
    {
        VariableNode variable => Variable(variable),
        NullValueNode => null,
        IntValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
        FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
        BooleanValueNode boolean => boolean.Value,
        _ => value,
    };

    private object? Variable(VariableNode variable)
    {
        _readVariables = true;
        return _variables.TryGetValue(variable.Name.Value, out var raw) ? Raw(raw)
            : DefaultOf(variable.Name.Value) is { } fallback ? Value(fallback)
            : null;
    }

    private ValueNode? DefaultOf(string variableName)
    {
        foreach (var definition in _operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == variableName)
            {
                return definition.DefaultValue;
            }
        }

        return null;
    }

    private static object? Raw(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        int or long or short or byte or double or float or decimal => Convert.ToDouble(raw, CultureInfo.InvariantCulture),
        _ => raw,
    };

    private static double? Number(object? value) => value is double number ? number
        : value is int or long ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
        : null;

    private static bool IsList(IType type) => type.NullableType() is ListType;

    // Loops rather than LINQ: these run for every field of every cold document, and a lambda capturing the name
    // would allocate per call.
    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return directives[i];
            }
        }

        return null;
    }

    private static ValueNode? ArgumentValue(DirectiveNode? directive, string argument)
    {
        var arguments = directive?.Arguments ?? [];
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == argument)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    /// <summary>The <c>@cost(weight:)</c> among <paramref name="directives"/>, or <see langword="null"/>.</summary>
    private static double? Weight(IReadOnlyList<DirectiveNode> directives) =>
        ArgumentValue(Find(directives, CostDirectives.CostName), "weight") is StringValueNode weight
        && double.TryParse(weight.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;

    private static int? Int(DirectiveNode? directive, string argument) =>
        ArgumentValue(directive, argument) is IntValueNode value
            ? int.Parse(value.Value, CultureInfo.InvariantCulture)
            : null;

    private static HashSet<string>? Strings(DirectiveNode directive, string argument) =>
        ArgumentValue(directive, argument) switch
        {
            ListValueNode list => new HashSet<string>(list.Values.OfType<StringValueNode>().Select(v => v.Value), StringComparer.Ordinal),
            StringValueNode single => new HashSet<string>(StringComparer.Ordinal) { single.Value },
            _ => null,
        };
}
