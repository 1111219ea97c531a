using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every enum value is defined once per enum, across its definition, its extensions and an extended schema.</summary>
// Spec §3.9 Enums
// https://spec.graphql.org/September2025/#sec-Enums
internal sealed class UniqueEnumValueNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.9", "sec-Enums");

    public string Name => nameof(UniqueEnumValueNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var (typeName, values) = node switch
            {
                EnumTypeDefinitionNode definition => (definition.Name.Value, definition.Values),
                EnumTypeExtensionNode extension => (extension.Name.Value, extension.Values),
                _ => (null, null),
            };
            if (typeName is null || values is null)
            {
                return VisitorAction.Continue;
            }

            if (!_known.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _known[typeName] = known;
            }

            var existing = context.Schema?.GetType(typeName) as EnumType;
            foreach (var value in values)
            {
                var name = value.Name;
                if (existing is not null && existing.Values.Contains(name.Value))
                {
                    context.ReportError(
                        $"Enum value \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                        ValidationErrorCodes.UniqueEnumValueNames,
                        Section,
                        name);
                }
                else if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(
                        $"Enum value \"{typeName}.{name.Value}\" can only be defined once.",
                        ValidationErrorCodes.UniqueEnumValueNames,
                        Section,
                        first,
                        name);
                }
                else
                {
                    known[name.Value] = name;
                }
            }

            return VisitorAction.Skip;
        }
    }
}
