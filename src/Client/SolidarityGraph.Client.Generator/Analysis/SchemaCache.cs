using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>
/// Builds the schema from <c>schema.graphql</c> once per distinct text: every document of a compilation (and every
/// edit of one document) needs the same schema, and building it is the costly step.
/// </summary>
internal static class SchemaCache
{
    private static readonly object Gate = new();
    private static string? _text;
    private static SchemaResult? _result;

    public static SchemaResult Get(string text)
    {
        lock (Gate)
        {
            if (_result is not null && string.Equals(_text, text, StringComparison.Ordinal))
            {
                return _result;
            }

            _result = Build(text);
            _text = text;
            return _result;
        }
    }

    private static SchemaResult Build(string text)
    {
        try
        {
            var schema = SchemaBuilder.Build(Parser.Parse(text, ParserOptions.Trusted));
            return schema.ValidationErrors.Count > 0 ? new SchemaResult(null, schema.ValidationErrors[0]) : new SchemaResult(schema, null);
        }
        catch (GraphQLSyntaxException exception)
        {
            return new SchemaResult(null, exception.Error);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return new SchemaResult(null, new GraphQLError(exception.Message));
        }
    }
}

/// <summary>The built schema, or the first error that prevented it.</summary>
internal sealed record SchemaResult(Schema? Schema, GraphQLError? Error);
