using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>A fragment is spread only where some object could be of both the fragment's type and the parent type.</summary>
// Spec §5.5.2.3 Fragment Spread Is Possible
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
internal sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.2.3", "sec-Fragment-Spread-Is-Possible");

    public string Name => nameof(PossibleFragmentSpreadsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var schema = context.ExecutableSchema;
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.Type is INamedType fragmentType && fragmentType.IsCompositeType()
                        && context.ParentType is { } parent && parent.IsCompositeType()
                        && !TypeComparators.DoTypesOverlap(schema, fragmentType, parent))
                    {
                        context.ReportError(
                            $"Fragment cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{fragmentType.Name}\".",
                            ValidationErrorCodes.PossibleFragmentSpreads,
                            Section,
                            inline);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (FragmentType(name) is { } spreadType
                        && context.ParentType is { } spreadParent
                        && !TypeComparators.DoTypesOverlap(schema, spreadType, spreadParent))
                    {
                        context.ReportError(
                            $"Fragment \"{name}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".",
                            ValidationErrorCodes.PossibleFragmentSpreads,
                            Section,
                            spread);
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        private INamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && TypeFromAst.Convert(context.ExecutableSchema, fragment.TypeCondition) is INamedType type
            && type.IsCompositeType()
                ? type
                : null;
    }
}
