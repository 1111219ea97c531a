using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution;

/// <summary>Spec §6.1.2 Coercing Variable Values.</summary>
internal static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// CoerceVariableValues(schema, operation, variableValues): the coerced value of every variable that has one;
    /// absent nullable variables without default stay absent. All problems are reported, up to
    /// <see cref="ExecutionOptions.MaxCoercionErrors"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        ExecutionOptions options,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return NoVariables;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                CoerceVariable(schema, definition, inputs, options, coerced, errors);
            }
        }
        catch (TooManyErrorsException)
        {
            errors.Add(ExecutionErrors.Request(
                "Too many errors processing variables, error limit reached. Execution aborted.",
                ExecutionErrorCodes.TooManyErrors,
                ExecutionErrors.CoercingVariableValues));
        }

        return coerced;
    }

    private static void CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        ExecutionOptions options,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        void Report(string message)
        {
            if (errors.Count >= options.MaxCoercionErrors)
            {
                throw new TooManyErrorsException();
            }

            errors.Add(ExecutionErrors.Request(message, ExecutionErrorCodes.VariableInvalid, ExecutionErrors.CoercingVariableValues, definition));
        }

        var type = TypeReferences.FromAst(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            Report($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.");
            return;
        }

        var hasValue = inputs is not null && inputs.TryGetValue(name, out _);
        if (!hasValue)
        {
            if (definition.DefaultValue is { } defaultLiteral)
            {
                if (LiteralCoercion.TryCoerce(defaultLiteral, type, null, out var defaultValue, out var error))
                {
                    coerced[name] = defaultValue;
                }
                else
                {
                    Report($"Variable \"${name}\" has invalid default value{InputPath.Print(error!.Path)}: {error.Message}");
                }

                return;
            }

            if (type is not NonNullType)
            {
                return;
            }
        }

        var raw = hasValue ? ToClr(inputs![name]) : InputValueCoercion.Missing;
        if (InputValueCoercion.TryCoerce(
                raw,
                type,
                (message, path) => Report($"Variable \"${name}\" has invalid value{InputPath.Print(path)}: {message}"),
                options.HideSuggestions,
                out var value))
        {
            coerced[name] = value;
        }
    }

    /// <summary>Variables may arrive as JSON elements; coercion works on plain CLR values.</summary>
    private static object? ToClr(object? value) => value is JsonElement element ? JsonValues.ToClr(element) : value;

    private sealed class TooManyErrorsException : Exception
    {
    }
}
