using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every named operation in a document has a name no other operation in the document has.</summary>
// Spec §5.2.2.1 Operation Name Uniqueness
// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
internal sealed class UniqueOperationNamesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.2.2.1", "sec-Operation-Name-Uniqueness");

    public string Name => nameof(UniqueOperationNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError(
                            $"There can be only one operation named \"{name.Value}\".",
                            ValidationErrorCodes.UniqueOperationNames,
                            Section,
                            first,
                            name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return VisitorAction.Skip;
                case ExecutableDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
