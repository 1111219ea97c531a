using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every named type reference (type conditions, variable types, and in SDL every type reference) names a known type.</summary>
// Spec §5.5.1.2 Fragment Spread Type Existence
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
internal sealed class KnownTypeNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.1.2", "sec-Fragment-Spread-Type-Existence");

    // Built-in scalars and introspection types may be referenced from SDL without being defined there.
    private static readonly string[] StandardTypeNames =
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    public string Name => nameof(KnownTypeNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private HashSet<string>? _definedTypeNames;

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not NamedTypeNode namedType)
            {
                return VisitorAction.Continue;
            }

            var typeName = namedType.Name.Value;
            _definedTypeNames ??= new HashSet<string>(
                context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value),
                StringComparer.Ordinal);
            if (context.Schema?.GetType(typeName) is not null || _definedTypeNames.Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            // The top-level definition holding the reference tells SDL from executable documents.
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[ancestors.Count - 1] : null;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            var suggestion = string.Empty;
            if (!context.HideSuggestions)
            {
                var known = (context.Schema?.Types.Select(t => t.Name) ?? Enumerable.Empty<string>()).Concat(_definedTypeNames);
                var candidates = isSdl ? StandardTypeNames.Concat(known) : known;
                suggestion = Suggestions.DidYouMean(null, Suggestions.SuggestionList(typeName, candidates.Distinct(StringComparer.Ordinal)));
            }

            context.ReportError(
                $"Unknown type \"{typeName}\"." + suggestion,
                ValidationErrorCodes.KnownTypeNames,
                Section,
                namedType);
            return VisitorAction.Continue;
        }
    }
}
