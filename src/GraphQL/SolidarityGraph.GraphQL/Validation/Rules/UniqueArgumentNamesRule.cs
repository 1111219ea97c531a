using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>A field or directive is given each argument at most once.</summary>
// Spec §5.4.2 Argument Uniqueness
// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
internal sealed class UniqueArgumentNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.4.2", "sec-Argument-Uniqueness");

    public string Name => nameof(UniqueArgumentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case FieldNode field:
                    Check(field.Arguments);
                    break;
                case DirectiveNode directive:
                    Check(directive.Arguments);
                    break;
            }

            return VisitorAction.Continue;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            foreach (var group in NameGroups.Duplicates(arguments, a => a.Name.Value))
            {
                context.ReportError(
                    $"There can be only one argument named \"{group.Key}\".",
                    ValidationErrorCodes.UniqueArgumentNames,
                    Section,
                    group.Select(a => (SyntaxNode)a.Name).ToArray());
            }
        }
    }
}
