using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>
/// One validation rule. A rule is stateless; for each validation it creates a fresh visitor that walks the
/// document (together with every other rule's visitor, in one pass) and reports errors to the context.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule's name, the same as graphql-js's (for example <c>UniqueOperationNamesRule</c>).</summary>
    string Name { get; }

    /// <summary>Creates the visitor that applies the rule during one validation.</summary>
    /// <param name="context">The validation in progress: the document, the schema, type information, error sink.</param>
    SyntaxVisitor CreateVisitor(ValidationContext context);
}
