using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Spec §5: validates the document against the schema with the specified rules, once per prepared document (spec §5
/// allows skipping validation of a document known to be valid), so a repeated document is validated once.
/// </summary>
internal sealed class ValidationMiddleware(PipelineDelegate next, Schema schema, ValidationOptions options)
{
    private readonly Func<DocumentNode, IReadOnlyList<GraphQLError>> _validate =
        document => DocumentValidator.Validate(schema, document, SpecifiedRules.Executable, options);

    public ValueTask InvokeAsync(RequestContext context)
    {
        var errors = context.PreparedDocument is { } prepared ? prepared.Validate(_validate) : _validate(context.Document!);
        if (errors.Count > 0)
        {
            context.Fail(RequestOutcome.RequestError, errors);
            return ValueTask.CompletedTask;
        }

        context.IsValidDocument = true;
        return next(context);
    }
}
