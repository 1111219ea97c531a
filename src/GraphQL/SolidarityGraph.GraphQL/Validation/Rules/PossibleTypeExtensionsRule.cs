using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>A type extension extends a type that is defined (in the document or the extended schema) and of the same kind.</summary>
// Spec §3.4.3 Type Extensions
// https://spec.graphql.org/September2025/#sec-Type-Extensions
internal sealed class PossibleTypeExtensionsRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.4.3", "sec-Type-Extensions");

    public string Name => nameof(PossibleTypeExtensionsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // The kind words of "Cannot extend non-… type", keyed by the extension's definition counterpart.
    private static string KindOf(SyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private static string KindOf(INamedType type) => type switch
    {
        ScalarType => "scalar",
        ObjectType => "object",
        InterfaceType => "interface",
        UnionType => "union",
        EnumType => "enum",
        _ => "input object",
    };

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, TypeDefinitionNode> _defined = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions.OfType<TypeDefinitionNode>())
            {
                _defined[definition.Name.Value] = definition;
            }
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not TypeExtensionNode extension)
            {
                return VisitorAction.Continue;
            }

            var typeName = extension.Name.Value;
            var definition = _defined.TryGetValue(typeName, out var found) ? found : null;
            var existing = _context.Schema?.GetType(typeName);
            var expectedKind = definition is not null ? KindOf(definition) : existing is not null ? KindOf(existing) : null;
            if (expectedKind is null)
            {
                var names = _defined.Keys.Concat(_context.Schema?.Types.Select(t => t.Name) ?? Enumerable.Empty<string>());
                _context.ReportError(
                    $"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(null, Suggestions.SuggestionList(typeName, names)),
                    ValidationErrorCodes.PossibleTypeExtensions,
                    Section,
                    extension.Name);
            }
            else if (expectedKind != KindOf(extension))
            {
                var nodes = definition is not null ? new SyntaxNode[] { definition, extension } : new SyntaxNode[] { extension };
                _context.ReportError(
                    $"Cannot extend non-{KindOf(extension)} type \"{typeName}\".",
                    ValidationErrorCodes.PossibleTypeExtensions,
                    Section,
                    nodes);
            }

            return VisitorAction.Continue;
        }
    }
}
