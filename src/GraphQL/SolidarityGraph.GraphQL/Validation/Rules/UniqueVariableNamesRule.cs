using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>An operation defines each of its variables once.</summary>
// Spec §5.8.1 Variable Uniqueness
// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
internal sealed class UniqueVariableNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.8.1", "sec-Variable-Uniqueness");

    public string Name => nameof(UniqueVariableNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                foreach (var group in NameGroups.Duplicates(operation.VariableDefinitions, v => v.Variable.Name.Value))
                {
                    context.ReportError(
                        $"There can be only one variable named \"${group.Key}\".",
                        ValidationErrorCodes.UniqueVariableNames,
                        Section,
                        group.Select(v => (SyntaxNode)v.Variable.Name).ToArray());
                }
            }

            return VisitorAction.Continue;
        }
    }
}
