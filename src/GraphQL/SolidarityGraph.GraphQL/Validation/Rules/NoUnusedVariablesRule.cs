using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every variable an operation defines is used by it, directly or in the fragments it spreads.</summary>
// Spec §5.8.4 All Variables Used
// https://spec.graphql.org/September2025/#sec-All-Variables-Used
internal sealed class NoUnusedVariablesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.8.4", "sec-All-Variables-Used");

    public string Name => nameof(NoUnusedVariablesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var used = new HashSet<string>(
                context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value),
                StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        ValidationErrorCodes.NoUnusedVariables,
                        Section,
                        definition);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
