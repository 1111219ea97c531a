using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every operation's type (query, mutation, subscription) has a root operation type in the schema.</summary>
// Spec §5.2.1.1 Operation Type Existence
// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
internal sealed class KnownOperationTypesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.2.1.1", "sec-Operation-Type-Existence");

    public string Name => nameof(KnownOperationTypesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is OperationDefinitionNode operation && context.ExecutableSchema.GetRootType(operation.Operation) is null)
            {
                context.ReportError(
                    $"The {OperationNames.Of(operation.Operation)} operation is not supported by the schema.",
                    ValidationErrorCodes.KnownOperationTypes,
                    Section,
                    operation);
            }

            return VisitorAction.Continue;
        }
    }
}
