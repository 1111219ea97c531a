using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Spec §5: validates the document against the schema with the specified rules, through a
/// <see cref="ValidationCache"/> keyed by the document hash, so a repeated document is validated once.
/// </summary>
internal sealed class ValidationMiddleware(PipelineDelegate next, ValidationCache cache, ValidationOptions options)
{
    public ValueTask InvokeAsync(RequestContext context)
    {
        var document = context.Document!;
        var errors = context.DocumentHash is { } hash
            ? cache.Validate(context.Schema, document, hash, SpecifiedRules.Executable, options)
            : DocumentValidator.Validate(context.Schema, document, SpecifiedRules.Executable, options);
        if (errors.Count > 0)
        {
            context.Fail(RequestOutcome.RequestError, errors);
            return ValueTask.CompletedTask;
        }

        context.IsValidDocument = true;
        return next(context);
    }
}
