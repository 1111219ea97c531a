using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every argument of a field or directive definition is defined once.</summary>
// Spec §3.6.1 Field Arguments (and §3.13 Directives)
// https://spec.graphql.org/September2025/#sec-Field-Arguments
internal sealed class UniqueArgumentDefinitionNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("3.6.1", "sec-Field-Arguments");

    public string Name => nameof(UniqueArgumentDefinitionNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case DirectiveDefinitionNode directive:
                    Check("@" + directive.Name.Value, directive.Arguments);
                    return VisitorAction.Skip;
                case ObjectTypeDefinitionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitorAction.Skip;
                case ObjectTypeExtensionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitorAction.Skip;
                case InterfaceTypeDefinitionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitorAction.Skip;
                case InterfaceTypeExtensionNode n:
                    CheckFields(n.Name.Value, n.Fields);
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        private void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                Check($"{typeName}.{field.Name.Value}", field.Arguments);
            }
        }

        private void Check(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var group in NameGroups.Duplicates(arguments, a => a.Name.Value))
            {
                context.ReportError(
                    $"Argument \"{parentName}({group.Key}:)\" can only be defined once.",
                    ValidationErrorCodes.UniqueArgumentDefinitionNames,
                    Section,
                    group.Select(a => (SyntaxNode)a.Name).ToArray());
            }
        }
    }
}
