using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>An anonymous operation (including the query shorthand) must be the only operation in its document.</summary>
// Spec §5.2.3.1 Lone Anonymous Operation
// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
internal sealed class LoneAnonymousOperationRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.2.3.1", "sec-Lone-Anonymous-Operation");

    public string Name => nameof(LoneAnonymousOperationRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private int _operationCount;

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    return VisitorAction.Continue;
                case OperationDefinitionNode operation:
                    if (operation.Name is null && _operationCount > 1)
                    {
                        context.ReportError(
                            "This anonymous operation must be the only defined operation.",
                            ValidationErrorCodes.LoneAnonymousOperation,
                            Section,
                            operation);
                    }

                    return VisitorAction.Skip;
                case FragmentDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
