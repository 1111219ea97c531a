using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every fragment definition in a document has a name no other fragment in the document has.</summary>
// Spec §5.5.1.1 Fragment Name Uniqueness
// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
internal sealed class UniqueFragmentNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.5.1.1", "sec-Fragment-Name-Uniqueness");

    public string Name => nameof(UniqueFragmentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case FragmentDefinitionNode fragment:
                    var name = fragment.Name;
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError(
                            $"There can be only one fragment named \"{name.Value}\".",
                            ValidationErrorCodes.UniqueFragmentNames,
                            Section,
                            first,
                            name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return VisitorAction.Skip;
                case OperationDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
