using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every argument given to a field or directive is defined by that field or directive.</summary>
// Spec §5.4.1 Argument Names
// https://spec.graphql.org/September2025/#sec-Argument-Names
internal sealed class KnownArgumentNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = KnownArgumentNamesOnDirectivesRule.Section;

    public string Name => nameof(KnownArgumentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>Names a field as graphql-js does in messages: <c>Parent.field</c>, with <c>&lt;meta&gt;</c> for meta-fields.</summary>
    internal static string FieldCoordinate(INamedType? parent, OutputField field) =>
        (parent is IComplexOutputType complex && ReferenceEquals(complex.Fields.Find(field.Name), field) ? complex.Name : "<meta>")
        + "." + field.Name;

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly KnownArgumentNamesOnDirectivesRule.Visitor _directives = new(context);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case DirectiveNode:
                    return _directives.Enter(node, ancestors);
                case ArgumentNode argument when context.Argument is null && context.FieldDefinition is { } field:
                    var name = argument.Name.Value;
                    var suggestion = context.HideSuggestions
                        ? string.Empty
                        : Suggestions.DidYouMean(null, Suggestions.SuggestionList(name, field.Arguments.Select(a => a.Name)));
                    context.ReportError(
                        $"Unknown argument \"{name}\" on field \"{FieldCoordinate(context.ParentType, field)}\"." + suggestion,
                        ValidationErrorCodes.KnownArgumentNames,
                        Section,
                        argument);
                    break;
            }

            return VisitorAction.Continue;
        }
    }
}
