using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every directive used is defined, and is used only in a location its definition allows.</summary>
// Spec §5.7.1 Directives Are Defined, §5.7.2 Directives Are in Valid Locations
// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
internal sealed class KnownDirectivesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.7.1", "sec-Directives-Are-Defined");
    internal static readonly SpecSection LocationSection = new("5.7.2", "sec-Directives-Are-in-Valid-Locations");

    public string Name => nameof(KnownDirectivesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>The location (as spelt in SDL) of a directive applied to <paramref name="ancestors"/>' last node.</summary>
    internal static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        var appliedTo = ancestors[ancestors.Count - 1];
        var grandParent = ancestors.Count > 1 ? ancestors[ancestors.Count - 2] : null;
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => "MUTATION",
                OperationType.Subscription => "SUBSCRIPTION",
                _ => "QUERY",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => grandParent is OperationDefinitionNode ? "VARIABLE_DEFINITION" : "FRAGMENT_VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => grandParent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private Dictionary<string, HashSet<string>>? _locations;

        public Visitor(ValidationContext context) => _context = context;

        // Built at the first directive: most operations apply none, and then the table costs nothing.
        private Dictionary<string, HashSet<string>> Locations => _locations ??= BuildLocations(_context);

        private static Dictionary<string, HashSet<string>> BuildLocations(ValidationContext context)
        {
            var locations = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var directive in context.Schema?.Directives ?? SpecifiedDirectives.All)
            {
                locations[directive.Name] = new HashSet<string>(directive.Locations.Select(l => l.ToName()), StringComparer.Ordinal);
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                locations[definition.Name.Value] = new HashSet<string>(definition.Locations.Select(l => l.Value), StringComparer.Ordinal);
            }

            return locations;
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DirectiveNode directive)
            {
                return VisitorAction.Continue;
            }

            var name = directive.Name.Value;
            if (!Locations.TryGetValue(name, out var locations))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", ValidationErrorCodes.KnownDirectives, Section, directive);
                return VisitorAction.Continue;
            }

            if (LocationOf(ancestors) is { } location && !locations.Contains(location))
            {
                _context.ReportError(
                    $"Directive \"@{name}\" may not be used on {location}.",
                    ValidationErrorCodes.KnownDirectives,
                    LocationSection,
                    directive);
            }

            return VisitorAction.Continue;
        }
    }
}
