using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every required argument (non-null, no default) of a field or directive is given.</summary>
// Spec §5.4.3 Required Arguments
// https://spec.graphql.org/September2025/#sec-Required-Arguments
internal sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    internal static readonly SpecSection Section = ProvidedRequiredArgumentsOnDirectivesRule.Section;

    public string Name => nameof(ProvidedRequiredArgumentsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly ProvidedRequiredArgumentsOnDirectivesRule.Visitor _directives = new(context);

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case DirectiveNode:
                    return _directives.Leave(node, ancestors);
                case FieldNode field when context.FieldDefinition is { } definition:
                    foreach (var argument in definition.Arguments)
                    {
                        if (ProvidedRequiredArgumentsOnDirectivesRule.IsRequired(argument)
                            && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                        {
                            var coordinate = KnownArgumentNamesRule.FieldCoordinate(context.ParentType, definition);
                            context.ReportError(
                                $"Argument \"{coordinate}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                                ValidationErrorCodes.ProvidedRequiredArguments,
                                Section,
                                field);
                        }
                    }

                    break;
            }

            return VisitorAction.Continue;
        }
    }
}
