using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive is applied at most once to a location (for types and the schema, across their extensions too).</summary>
// Spec §5.7.3 Directives Are Unique per Location
// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
internal sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.7.3", "sec-Directives-Are-Unique-per-Location");

    public string Name => nameof(UniqueDirectivesPerLocationRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private Dictionary<string, bool>? _unique;
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _directiveDirectives;

        public Visitor(ValidationContext context) => _context = context;

        // The tables are built at the first directive: most operations apply none, and then they cost nothing.
        private Dictionary<string, bool> Unique => _unique ??= BuildUnique(_context);

        private static Dictionary<string, bool> BuildUnique(ValidationContext context)
        {
            var unique = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var directive in context.Schema?.Directives ?? SpecifiedDirectives.All)
            {
                unique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                unique[definition.Name.Value] = !definition.Repeatable;
            }

            return unique;
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not IHasDirectives { Directives.Count: > 0 } holder)
            {
                return VisitorAction.Continue;
            }

            // A type, the schema and a directive definition share one table with all their extensions.
            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives ??= new(StringComparer.Ordinal),
                TypeDefinitionNode type => Table(_typeDirectives ??= new(StringComparer.Ordinal), type.Name.Value),
                TypeExtensionNode extension => Table(_typeDirectives ??= new(StringComparer.Ordinal), extension.Name.Value),
                DirectiveDefinitionNode definition => Table(_directiveDirectives ??= new(StringComparer.Ordinal), definition.Name.Value),
                DirectiveExtensionNode extension => Table(_directiveDirectives ??= new(StringComparer.Ordinal), extension.Name.Value),
                _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            };

            foreach (var directive in holder.Directives)
            {
                var name = directive.Name.Value;
                if (!Unique.TryGetValue(name, out var unique) || !unique)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    _context.ReportError(
                        $"The directive \"@{name}\" can only be used once at this location.",
                        ValidationErrorCodes.UniqueDirectivesPerLocation,
                        Section,
                        first,
                        directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitorAction.Continue;
        }

        private static Dictionary<string, DirectiveNode> Table(Dictionary<string, Dictionary<string, DirectiveNode>> tables, string name)
        {
            if (!tables.TryGetValue(name, out var table))
            {
                table = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                tables[name] = table;
            }

            return table;
        }
    }
}
