using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Fragments and inline fragments only condition on object, interface or union types.</summary>
// Spec §5.5.1.3 Fragments on Object, Interface or Union Types
// https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types
internal sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.1.3", "sec-Fragments-on-Object-Interface-or-Union-Types");

    public string Name => nameof(FragmentsOnCompositeTypesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError(
                        $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".",
                        ValidationErrorCodes.FragmentsOnCompositeTypes,
                        Section,
                        condition);
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                        ValidationErrorCodes.FragmentsOnCompositeTypes,
                        Section,
                        fragment.TypeCondition);
                    break;
            }

            return VisitorAction.Continue;
        }

        // Unknown types are KnownTypeNamesRule's to report.
        private bool IsNonComposite(NamedTypeNode condition) =>
            TypeFromAst.Convert(context.ExecutableSchema, condition) is { } type && !type.IsCompositeType();
    }
}
