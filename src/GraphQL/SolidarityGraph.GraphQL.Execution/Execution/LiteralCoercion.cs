using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>A literal that cannot be coerced: the message and the node the error points at.</summary>
internal sealed record LiteralError(string Message, SyntaxNode Node, InputPath? Path);

/// <summary>
/// Input coercion of literals (spec §3.10 Input Coercion, used by §6.4.1 CoerceArgumentValues and for default
/// values): variables inside the literal take their coerced values; an absent variable leaves a nullable list item
/// null and an input field unset. Stops at the first problem, which graphql-js reports as the argument's error.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>Coerces <paramref name="literal"/>; <paramref name="variables"/> is <see langword="null"/> for constant literals.</summary>
    public static bool TryCoerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value, out LiteralError? error)
    {
        error = null;
        value = Coerce(literal, type, variables, null, ref error);
        return error is null;
    }

    private static object? Coerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, InputPath? path, ref LiteralError? error)
    {
        if (literal is VariableNode variable)
        {
            var present = variables is not null && variables.TryGetValue(variable.Name.Value, out _);
            var value = present ? variables![variable.Name.Value] : null;
            if (type is NonNullType)
            {
                if (!present)
                {
                    error = new($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", variable, path);
                }
                else if (value is null)
                {
                    error = new($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", variable, path);
                }
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                error = new($"Expected value of non-null type \"{type}\" not to be null.", literal, path);
                return null;
            }

            return Coerce(literal, nonNull.OfType, variables, path, ref error);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        return type switch
        {
            ListType list => CoerceList(literal, list, variables, path, ref error),
            InputObjectType inputObject => CoerceInputObject(literal, inputObject, variables, path, ref error),
            ScalarType scalar => CoerceLeaf(literal, type, scalar, variables, path, ref error),
            EnumType enumType => CoerceLeaf(literal, type, enumType, variables, path, ref error),
            _ => Fail(ref error, $"Expected an input type, found \"{type}\".", literal, path),
        };
    }

    private static object? CoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, InputPath? path, ref LiteralError? error)
    {
        if (literal is not ListValueNode listLiteral)
        {
            // Spec §3.11 Input Coercion: a single value stands for a list of one.
            var single = Coerce(literal, list.OfType, variables, path, ref error);
            return new List<object?> { single };
        }

        var items = new List<object?>(listLiteral.Values.Count);
        for (var index = 0; index < listLiteral.Values.Count && error is null; index++)
        {
            items.Add(Coerce(listLiteral.Values[index], list.OfType, variables, InputPath.AddIndex(path, index), ref error));
        }

        return items;
    }

    private static object? CoerceInputObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, InputPath? path, ref LiteralError? error)
    {
        if (literal is not ObjectValueNode objectLiteral)
        {
            return Fail(ref error, $"Expected value of type \"{type}\" to be an object, found: {Printer.Print(literal)}.", literal, path);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = objectLiteral.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            var missingVariable = fieldNode?.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));
            if (fieldNode is null || (missingVariable && !type.IsOneOf && !(field.Type is NonNullType && !field.HasDefaultValue)))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    return Fail(ref error, $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.", literal, path);
                }

                if (field.HasDefaultValue)
                {
                    result[field.Name] = DefaultValues.Get(field);
                }

                continue;
            }

            if (type.IsOneOf && fieldNode.Value is VariableNode variable)
            {
                var present = variables is not null && variables.TryGetValue(variable.Name.Value, out _);
                if (!present || variables![variable.Name.Value] is null)
                {
                    var problem = present ? "not to be null" : "to provide a runtime value";
                    return Fail(ref error, $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" {problem}.", literal, path);
                }
            }

            result[field.Name] = Coerce(fieldNode.Value, field.Type, variables, InputPath.AddField(path, field.Name), ref error);
            if (error is not null)
            {
                return null;
            }
        }

        foreach (var fieldNode in objectLiteral.Fields)
        {
            if (!type.Fields.Contains(fieldNode.Name.Value))
            {
                return Fail(ref error, $"Expected value of type \"{type}\" not to include unknown field \"{fieldNode.Name.Value}\", found: {Printer.Print(literal)}.", fieldNode, path);
            }
        }

        // Spec §3.10.1 OneOf Input Objects.
        if (type.IsOneOf)
        {
            if (objectLiteral.Fields.Count != 1)
            {
                return Fail(ref error, InputValueCoercion.OneOfMessage(type), literal, path);
            }

            if (objectLiteral.Fields[0].Value is NullValueNode)
            {
                return Fail(ref error, InputValueCoercion.OneOfMessage(type), literal, InputPath.AddField(path, objectLiteral.Fields[0].Name.Value));
            }
        }

        return result;
    }

    /// <summary>A scalar or enum literal; <paramref name="leafType"/> is passed as is, since a parse delegate would be allocated per value.</summary>
    private static object? CoerceLeaf(ValueNode literal, IType type, INamedType leafType, IReadOnlyDictionary<string, object?>? variables, InputPath? path, ref LiteralError? error)
    {
        try
        {
            var replaced = variables is null ? literal : VariableReplacer.Replace(literal, variables);
            return leafType is EnumType enumType ? enumType.ParseLiteral(replaced) : ((ScalarType)leafType).ParseLiteral(replaced);
        }
        catch (LeafCoercionException exception)
        {
            return Fail(ref error, exception.Message, exception.Literal ?? literal, path);
        }
    }

    private static object? Fail(ref LiteralError? error, string message, SyntaxNode node, InputPath? path)
    {
        error = new LiteralError(message, node, path);
        return null;
    }
}
