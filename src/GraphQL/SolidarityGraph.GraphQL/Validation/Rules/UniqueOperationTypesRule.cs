using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Each root operation type is defined once, across the schema definition, its extensions and an extended schema.</summary>
// Spec §3.3.1 Root Operation Types
// https://spec.graphql.org/September2025/#sec-Root-Operation-Types
internal sealed class UniqueOperationTypesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.3.1", "sec-Root-Operation-Types");

    public string Name => nameof(UniqueOperationTypesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = new();

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var operationTypes = node switch
            {
                SchemaDefinitionNode definition => definition.OperationTypes,
                SchemaExtensionNode extension => extension.OperationTypes,
                _ => null,
            };
            if (operationTypes is null)
            {
                return VisitorAction.Continue;
            }

            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                var name = OperationNames.Of(operation);
                if (context.Schema?.GetRootType(operation) is not null)
                {
                    context.ReportError(
                        $"Type for {name} already defined in the schema. It cannot be redefined.",
                        ValidationErrorCodes.UniqueOperationTypes,
                        Section,
                        operationType);
                }
                else if (_defined.TryGetValue(operation, out var first))
                {
                    context.ReportError(
                        $"There can be only one {name} type in schema.",
                        ValidationErrorCodes.UniqueOperationTypes,
                        Section,
                        first,
                        operationType);
                }
                else
                {
                    _defined[operation] = operationType;
                }
            }

            return VisitorAction.Skip;
        }
    }
}
