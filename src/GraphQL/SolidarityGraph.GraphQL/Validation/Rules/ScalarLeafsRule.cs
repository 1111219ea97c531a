using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Fields of scalar or enum type have no selection set; fields of object, interface or union type have one.</summary>
// Spec §5.3.3 Leaf Field Selections
// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
internal sealed class ScalarLeafsRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.3.3", "sec-Leaf-Field-Selections");

    public string Name => nameof(ScalarLeafsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not FieldNode field || context.Type is not { } type)
            {
                return VisitorAction.Continue;
            }

            var name = field.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(
                        $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.",
                        ValidationErrorCodes.ScalarLeafs,
                        Section,
                        selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                    ValidationErrorCodes.ScalarLeafs,
                    Section,
                    field);
            }
            else if (field.SelectionSet.Selections.Count == 0 && !context.Options.AllowEmptySelectionSets)
            {
                context.ReportError(
                    $"Field \"{name}\" of type \"{type}\" must have at least one field selected.",
                    ValidationErrorCodes.ScalarLeafs,
                    Section,
                    field);
            }

            return VisitorAction.Continue;
        }
    }
}
