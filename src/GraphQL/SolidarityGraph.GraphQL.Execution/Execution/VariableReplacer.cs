using System.Collections;
using System.Globalization;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>
/// Replaces variables inside a literal by literals of their coerced values, so a scalar's <c>ParseLiteral</c> only
/// ever sees constants (graphql-js <c>replaceVariables</c>). An absent variable becomes <c>null</c>.
/// </summary>
internal static class VariableReplacer
{
    public static ValueNode Replace(ValueNode literal, IReadOnlyDictionary<string, object?> variables) => literal switch
    {
        VariableNode variable => ToLiteral(variables.TryGetValue(variable.Name.Value, out var value) ? value : null),
        ListValueNode list when HasVariables(list) =>
            new ListValueNode(list.Values.Select(v => Replace(v, variables)).ToList(), list.Location),
        ObjectValueNode obj when HasVariables(obj) =>
            new ObjectValueNode(obj.Fields.Select(f => new ObjectFieldNode(f.Name, Replace(f.Value, variables), f.Location)).ToList(), obj.Location),
        _ => literal,
    };

    private static bool HasVariables(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(HasVariables),
        ObjectValueNode obj => obj.Fields.Any(f => HasVariables(f.Value)),
        _ => false,
    };

    private static ValueNode ToLiteral(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        int or long or short or byte => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double or float or decimal => new FloatValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode(map.Select(p => new ObjectFieldNode(new NameNode(p.Key), ToLiteral(p.Value))).ToList()),
        IEnumerable items => new ListValueNode(items.Cast<object?>().Select(ToLiteral).ToList()),
        Enum e => new EnumValueNode(e.ToString()),
        _ => new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
