using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every directive is defined once, and not again when the schema being extended already has it.</summary>
// Spec §3.13 Directives
// https://spec.graphql.org/September2025/#sec-Type-System.Directives
internal sealed class UniqueDirectiveNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.13", "sec-Type-System.Directives");

    public string Name => nameof(UniqueDirectiveNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DirectiveDefinitionNode definition)
            {
                return VisitorAction.Continue;
            }

            var name = definition.Name;
            if (context.Schema?.GetDirective(name.Value) is not null)
            {
                context.ReportError(
                    $"Directive \"@{name.Value}\" already exists in the schema. It cannot be redefined.",
                    ValidationErrorCodes.UniqueDirectiveNames,
                    Section,
                    name);
                return VisitorAction.Continue;
            }

            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one directive named \"@{name.Value}\".", ValidationErrorCodes.UniqueDirectiveNames, Section, first, name);
            }
            else
            {
                _known[name.Value] = name;
            }

            return VisitorAction.Skip;
        }
    }
}
