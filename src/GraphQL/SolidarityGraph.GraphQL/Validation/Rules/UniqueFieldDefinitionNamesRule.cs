using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every field of an object, interface or input object type is defined once, across definition, extensions and an extended schema.</summary>
// Spec §3.6 Objects (FieldsDefinition: field names are unique)
// https://spec.graphql.org/September2025/#sec-Objects
internal sealed class UniqueFieldDefinitionNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.6", "sec-Objects");

    public string Name => nameof(UniqueFieldDefinitionNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var (typeName, names) = node switch
            {
                ObjectTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                ObjectTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InterfaceTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InterfaceTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InputObjectTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                InputObjectTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => f.Name)),
                _ => (null, null),
            };
            if (typeName is null || names is null)
            {
                return VisitorAction.Continue;
            }

            if (!_known.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _known[typeName] = known;
            }

            var existing = context.Schema?.GetType(typeName);
            foreach (var name in names)
            {
                if (HasField(existing, name.Value))
                {
                    context.ReportError(
                        $"Field \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                        ValidationErrorCodes.UniqueFieldDefinitionNames,
                        Section,
                        name);
                }
                else if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(
                        $"Field \"{typeName}.{name.Value}\" can only be defined once.",
                        ValidationErrorCodes.UniqueFieldDefinitionNames,
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

        private static bool HasField(INamedType? type, string name) => type switch
        {
            IComplexOutputType complex => complex.Fields.Contains(name),
            InputObjectType input => input.Fields.Contains(name),
            _ => false,
        };
    }
}
