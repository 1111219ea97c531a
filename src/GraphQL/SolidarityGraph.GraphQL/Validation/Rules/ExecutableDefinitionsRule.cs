using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>A document sent for execution holds only operations and fragments, never type system definitions or extensions.</summary>
// Spec §5.1.1 Executable Definitions
// https://spec.graphql.org/September2025/#sec-Executable-Definitions
internal sealed class ExecutableDefinitionsRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.1.1", "sec-Executable-Definitions");

    public string Name => nameof(ExecutableDefinitionsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DocumentNode document)
            {
                return VisitorAction.Continue;
            }

            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition is SchemaDefinitionNode or SchemaExtensionNode || definition is not IHasName named
                    ? "schema"
                    : "\"" + named.Name.Value + "\"";
                context.ReportError(
                    $"The {name} definition is not executable.",
                    ValidationErrorCodes.ExecutableDefinitions,
                    Section,
                    definition);
            }

            return VisitorAction.Skip;
        }
    }
}
