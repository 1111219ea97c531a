using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every type is defined once, and not again when the schema being extended already has it.</summary>
// Spec §3.4 Types
// https://spec.graphql.org/September2025/#sec-Types
internal sealed class UniqueTypeNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.4", "sec-Types");

    public string Name => nameof(UniqueTypeNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not TypeDefinitionNode definition)
            {
                return VisitorAction.Continue;
            }

            var name = definition.Name;
            if (context.Schema?.GetType(name.Value) is not null)
            {
                context.ReportError(
                    $"Type \"{name.Value}\" already exists in the schema. It cannot also be defined in this type definition.",
                    ValidationErrorCodes.UniqueTypeNames,
                    Section,
                    name);
            }
            else if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one type named \"{name.Value}\".", ValidationErrorCodes.UniqueTypeNames, Section, first, name);
            }
            else
            {
                _known[name.Value] = name;
            }

            return VisitorAction.Skip;
        }
    }
}
