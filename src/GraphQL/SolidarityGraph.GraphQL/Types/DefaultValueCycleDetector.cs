using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>
/// Finds input object fields whose default values reference themselves (an input field default that, once
/// its own omitted fields are filled with their defaults, never ends), with graphql-js 17.1.0's message.
/// </summary>
internal sealed class DefaultValueCycleDetector
{
    private readonly SchemaValidationContext _context;
    private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
    private readonly List<(string Coordinate, SyntaxNode? Node)> _fieldPath = new();
    private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

    public DefaultValueCycleDetector(SchemaValidationContext context) => _context = context;

    /// <summary>Checks the fields of <paramref name="input"/> as if an empty object were given.</summary>
    public void Validate(InputObjectType input) => VisitLiteral(input, new ObjectValueNode(Array.Empty<ObjectFieldNode>()));

    private void VisitLiteral(InputObjectType input, ValueNode defaultValue)
    {
        if (defaultValue is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                VisitLiteral(input, item);
            }

            return;
        }

        if (defaultValue is not ObjectValueNode obj)
        {
            return;
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            given[field.Name.Value] = field.Value;
        }

        foreach (var field in input.Fields)
        {
            if (field.Type.NamedType() is not InputObjectType fieldType)
            {
                continue;
            }

            if (given.TryGetValue(field.Name, out var value))
            {
                VisitLiteral(fieldType, value);
            }
            else
            {
                VisitFieldDefault(field, fieldType, $"{input.Name}.{field.Name}");
            }
        }
    }

    private void VisitFieldDefault(InputField field, InputObjectType fieldType, string coordinate)
    {
        if (!field.HasDefaultValue || field.DefaultValueLiteral is not { } literal)
        {
            return;
        }

        if (_fieldPathIndex.TryGetValue(coordinate, out var cycleIndex))
        {
            var via = cycleIndex < _fieldPath.Count
                ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.Coordinate))
                : "";
            _context.Report(
                $"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.",
                _fieldPath.Skip(cycleIndex - 1).Select(p => p.Node).ToArray());
            return;
        }

        if (!_visitedFields.Add(coordinate))
        {
            return;
        }

        _fieldPath.Add((coordinate, field.AstNode?.DefaultValue));
        _fieldPathIndex[coordinate] = _fieldPath.Count;
        VisitLiteral(fieldType, literal);
        _fieldPath.RemoveAt(_fieldPath.Count - 1);
        _fieldPathIndex.Remove(coordinate);
    }
}
