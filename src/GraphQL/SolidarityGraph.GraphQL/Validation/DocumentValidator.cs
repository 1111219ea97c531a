using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>
/// Validates documents (spec §5): executable documents against a schema, and type system documents (SDL) on their
/// own or as extensions of a schema. All rules share one walk over the document.
/// </summary>
public static class DocumentValidator
{
    private const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";
    private const string AbortedMessage = "Validation aborted.";

    /// <summary>Validates an executable document against <paramref name="schema"/>.</summary>
    /// <param name="schema">A valid schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to apply; <see cref="SpecifiedRules.Executable"/> when <see langword="null"/>.</param>
    /// <param name="options">Limits and switches; <see cref="ValidationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The errors in the order found; empty when the document is valid.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="schema"/> is not a valid schema.</exception>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (schema.ValidationErrors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n\n", schema.ValidationErrors.Select(e => e.Message)));
        }

        options ??= ValidationOptions.Default;
        var typeInfo = new TypeInfo(schema);
        return Run(document, schema, typeInfo, rules ?? SpecifiedRules.Executable, options);
    }

    /// <summary>Validates a type system document (SDL), optionally as an extension of <paramref name="schemaToExtend"/>.</summary>
    /// <param name="document">The parsed SDL.</param>
    /// <param name="schemaToExtend">The schema the document extends, or <see langword="null"/> when it stands alone.</param>
    /// <param name="rules">The rules to apply; <see cref="SpecifiedRules.Sdl"/> when <see langword="null"/>.</param>
    /// <returns>The errors in the order found; empty when the document is valid.</returns>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        Schema? schemaToExtend = null,
        IReadOnlyList<IValidationRule>? rules = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        // SDL validation is not capped: schema authors want every problem at once.
        var options = new ValidationOptions { MaxErrors = int.MaxValue };
        return Run(document, schemaToExtend, null, rules ?? SpecifiedRules.Sdl, options);
    }

    private static IReadOnlyList<GraphQLError> Run(
        DocumentNode document,
        Schema? schema,
        TypeInfo? typeInfo,
        IReadOnlyList<IValidationRule> rules,
        ValidationOptions options)
    {
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(document, schema, typeInfo, options, error =>
        {
            if (errors.Count >= options.MaxErrors)
            {
                throw new TooManyErrorsException();
            }

            errors.Add(error);
        });

        SyntaxVisitor visitor = new ParallelSyntaxVisitor(rules.Select(rule => rule.CreateVisitor(context)));
        if (typeInfo is not null)
        {
            visitor = typeInfo.Wrap(visitor);
        }

        try
        {
            new DescriptionSkipper(visitor).Visit(document);
        }
        catch (TooManyErrorsException)
        {
            errors.Add(GraphQLError.Create(TooManyErrorsMessage, ValidationErrorCodes.TooManyErrors, null));
        }
        catch (ValidationAbortedException)
        {
            errors.Add(GraphQLError.Create(AbortedMessage, ValidationErrorCodes.Aborted, null));
        }

        return errors;
    }

    private sealed class TooManyErrorsException : Exception
    {
    }

    /// <summary>Descriptions are documentation, not values: no rule looks at them (graphql-js leaves them out of the walk too).</summary>
    private sealed class DescriptionSkipper(SyntaxVisitor inner) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
            IsDescription(node, ancestors) ? VisitorAction.Skip : inner.Enter(node, ancestors);

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
            inner.Leave(node, ancestors);

        private static bool IsDescription(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
            node is StringValueNode
            && ancestors.Count > 0
            && ancestors[ancestors.Count - 1] is IHasDescription owner
            && ReferenceEquals(owner.Description, node);
    }
}
