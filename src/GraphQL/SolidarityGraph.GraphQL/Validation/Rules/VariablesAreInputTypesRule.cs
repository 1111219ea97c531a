using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Variables are declared with input types only (scalars, enums, input objects and lists or non-nulls of them).</summary>
// Spec §5.8.2 Variables Are Input Types
// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
internal sealed class VariablesAreInputTypesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.8.2", "sec-Variables-Are-Input-Types");

    public string Name => nameof(VariablesAreInputTypesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is VariableDefinitionNode definition
                && TypeFromAst.Convert(context.ExecutableSchema, definition.Type) is { } type
                && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    ValidationErrorCodes.VariablesAreInputTypes,
                    Section,
                    definition.Type);
            }

            return VisitorAction.Continue;
        }
    }
}
