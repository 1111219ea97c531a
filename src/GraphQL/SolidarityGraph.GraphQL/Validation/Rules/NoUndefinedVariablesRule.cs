using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every variable used by an operation, directly or in the fragments it spreads, is defined by that operation.</summary>
// Spec §5.8.3 All Variable Uses Defined
// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
internal sealed class NoUndefinedVariablesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.8.3", "sec-All-Variable-Uses-Defined");

    public string Name => nameof(NoUndefinedVariablesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var defined = new HashSet<string>(operation.VariableDefinitions.Select(v => v.Variable.Name.Value), StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        ValidationErrorCodes.NoUndefinedVariables,
                        Section,
                        usage.Node,
                        operation);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
