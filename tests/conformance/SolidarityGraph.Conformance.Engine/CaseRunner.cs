using System.Text.Json;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.Conformance.Engine;

/// <summary>
/// Runs one case like oracle.mjs does with graphql-js: build and validate the schema, parse, validate (unless
/// <c>validate: false</c>), execute (unless <c>execute: false</c>), and write
/// <c>{schemaErrors, syntaxError, validationErrors, result}</c>.
/// </summary>
internal static class CaseRunner
{
    public static async Task RunAsync(ConformanceCase testCase, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        var schema = BuildSchema(testCase.Sdl, out var schemaErrors);
        WriteErrors(writer, "schemaErrors", schemaErrors);
        if (schema is null)
        {
            writer.WriteNull("syntaxError");
            writer.WriteNull("validationErrors");
            writer.WriteNull("result");
            writer.WriteEndObject();
            return;
        }

        var source = testCase.Introspection is { } options ? IntrospectionQuery.Build(options) : testCase.Query ?? "";
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException exception)
        {
            writer.WritePropertyName("syntaxError");
            ResultWriter.WriteError(writer, exception.Error);
            writer.WriteNull("validationErrors");
            writer.WritePropertyName("result");
            ResultWriter.Write(writer, ExecutionResult.FromRequestErrors(new[] { exception.Error }));
            writer.WriteEndObject();
            return;
        }

        writer.WriteNull("syntaxError");
        if (testCase.Validate)
        {
            var validationErrors = CaseValidation.Validate(schema, document, testCase.Rules, testCase.HideSuggestions);
            WriteErrors(writer, "validationErrors", validationErrors);
            if (validationErrors.Count > 0)
            {
                writer.WritePropertyName("result");
                ResultWriter.Write(writer, ExecutionResult.FromRequestErrors(validationErrors));
                writer.WriteEndObject();
                return;
            }
        }
        else
        {
            writer.WriteNull("validationErrors");
        }

        writer.WritePropertyName("result");
        if (!testCase.Execute)
        {
            writer.WriteNullValue();
        }
        else
        {
            var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document)
            {
                OperationName = testCase.OperationName,
                Variables = testCase.Variables is { ValueKind: JsonValueKind.Object } variables
                    ? variables.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
                    : null,
                RootValue = testCase.RootValue is { } root ? RootValues.Hydrate(root) : new Dictionary<string, object?>(),
                FieldResolver = RootValues.ResolveField,
                Options = new ExecutionOptions { HideSuggestions = testCase.HideSuggestions, IncludeExceptionDetails = true },
            });
            ResultWriter.Write(writer, result);
        }

        writer.WriteEndObject();
    }

    private static Schema? BuildSchema(string sdl, out IReadOnlyList<GraphQLError> errors)
    {
        try
        {
            var schema = SchemaBuilder.Build(sdl);
            errors = schema.ValidationErrors;
            return errors.Count == 0 ? schema : null;
        }
        catch (GraphQLSyntaxException exception)
        {
            errors = new[] { exception.Error };
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            errors = new[] { new GraphQLError(exception.Message) };
        }

        return null;
    }

    private static void WriteErrors(Utf8JsonWriter writer, string name, IReadOnlyList<GraphQLError> errors)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ResultWriter.WriteError(writer, error);
        }

        writer.WriteEndArray();
    }
}
