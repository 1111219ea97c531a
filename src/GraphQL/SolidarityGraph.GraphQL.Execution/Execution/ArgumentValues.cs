using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.4.1 Coercing Field Arguments (also used for directive arguments).</summary>
internal static class ArgumentValues
{
    /// <summary>The arguments of a field or directive that defines none.</summary>
    internal static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>
    /// CoerceArgumentValues(objectType, field, variableValues): coerced values in definition order; arguments neither
    /// given nor defaulted stay absent.
    /// </summary>
    /// <exception cref="FieldErrorException">An argument is missing or invalid.</exception>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<Argument> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        SyntaxNode owner,
        ArgumentOwner ownerCoordinate,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var argument = Find(arguments, definition.Name);
            var required = definition.Type is NonNullType && !definition.HasDefaultValue;
            var missingVariable = argument?.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value);
            if (argument is null || (missingVariable && !required))
            {
                if (required)
                {
                    throw new FieldErrorException(
                        $"Argument \"{ownerCoordinate}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.",
                        ExecutionErrorCodes.ArgumentInvalid,
                        ExecutionErrors.CoercingFieldArguments);
                }

                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = DefaultValues.Get(definition);
                }

                continue;
            }

            if (!LiteralCoercion.TryCoerce(argument.Value, definition.Type, variables, out var value, out var error))
            {
                throw new FieldErrorException(
                    $"Argument \"{ownerCoordinate}({definition.Name}:)\" has invalid value{InputPath.Print(error!.Path)}: {error.Message}",
                    ExecutionErrorCodes.ArgumentInvalid,
                    ExecutionErrors.CoercingFieldArguments,
                    error.Node);
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }
}

/// <summary>
/// The schema coordinate of an argument owner, <c>Type.field</c> or <c>@directive</c>, as error messages print it.
/// Kept as its parts because the text is needed only when an argument is invalid.
/// </summary>
internal readonly struct ArgumentOwner
{
    private readonly string _typeName;
    private readonly string? _fieldName;

    private ArgumentOwner(string typeName, string? fieldName)
    {
        _typeName = typeName;
        _fieldName = fieldName;
    }

    public static ArgumentOwner Field(ObjectType type, OutputField field) => new(type.Name, field.Name);

    public static ArgumentOwner Directive(string name) => new(name, null);

    public override string ToString() => _fieldName is null ? "@" + _typeName : _typeName + "." + _fieldName;
}
