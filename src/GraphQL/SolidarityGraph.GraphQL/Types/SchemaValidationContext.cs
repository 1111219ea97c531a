using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>The schema under validation and the errors found so far.</summary>
internal sealed class SchemaValidationContext
{
    public SchemaValidationContext(Schema schema) => Schema = schema;

    public Schema Schema { get; }

    public List<GraphQLError> Errors { get; } = new();

    /// <summary>Reports an error located at the given nodes (those without a location are skipped).</summary>
    public void Report(string message, params SyntaxNode?[] nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        Errors.Add(new GraphQLError(
            message,
            locations,
            null,
            new Dictionary<string, object?>
            {
                [GraphQLError.CodeKey] = SchemaValidator.ErrorCode,
                [GraphQLError.SpecifiedByKey] = SpecLinks.Edition + "#sec-Type-System",
            }));
    }
}
