using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every named fragment spread refers to a fragment defined in the same document.</summary>
// Spec §5.5.2.1 Fragment Spread Target Defined
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
internal sealed class KnownFragmentNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.2.1", "sec-Fragment-Spread-Target-Defined");

    public string Name => nameof(KnownFragmentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError(
                    $"Unknown fragment \"{spread.Name.Value}\".",
                    ValidationErrorCodes.KnownFragmentNames,
                    Section,
                    spread.Name);
            }

            return VisitorAction.Continue;
        }
    }
}
