using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>An input object value names each of its fields at most once.</summary>
// Spec §5.6.3 Input Object Field Uniqueness
// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
internal sealed class UniqueInputFieldNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.6.3", "sec-Input-Object-Field-Uniqueness");

    public string Name => nameof(UniqueInputFieldNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // One name table per object value being walked; nested object values get their own.
        private readonly Stack<Dictionary<string, NameNode>> _known = new();

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                    break;
                case ObjectFieldNode field when _known.Count > 0:
                    var known = _known.Peek();
                    if (known.TryGetValue(field.Name.Value, out var first))
                    {
                        context.ReportError(
                            $"There can be only one input field named \"{field.Name.Value}\".",
                            ValidationErrorCodes.UniqueInputFieldNames,
                            Section,
                            first,
                            field.Name);
                    }
                    else
                    {
                        known[field.Name.Value] = field.Name;
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is ObjectValueNode)
            {
                _known.Pop();
            }

            return VisitorAction.Continue;
        }
    }
}
