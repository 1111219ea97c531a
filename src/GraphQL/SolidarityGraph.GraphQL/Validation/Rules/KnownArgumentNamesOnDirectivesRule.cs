using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every argument given to a directive is defined by that directive (the part of Argument Names that SDL needs).</summary>
// Spec §5.4.1 Argument Names
// https://spec.graphql.org/September2025/#sec-Argument-Names
internal sealed class KnownArgumentNamesOnDirectivesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.4.1", "sec-Argument-Names");

    public string Name => nameof(KnownArgumentNamesOnDirectivesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>Checks directive arguments and skips them, so that field-argument checks never see them.</summary>
    internal sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private Dictionary<string, List<string>>? _arguments;

        public Visitor(ValidationContext context) => _context = context;

        // Built at the first directive: most operations apply none, and then the table costs nothing.
        private Dictionary<string, List<string>> Arguments => _arguments ??= BuildArguments(_context);

        private static Dictionary<string, List<string>> BuildArguments(ValidationContext context)
        {
            var arguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var directive in context.Schema?.Directives ?? SpecifiedDirectives.All)
            {
                arguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                arguments[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).ToList();
            }

            return arguments;
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DirectiveNode directive)
            {
                return VisitorAction.Continue;
            }

            var name = directive.Name.Value;
            if (Arguments.TryGetValue(name, out var known))
            {
                foreach (var argument in directive.Arguments)
                {
                    var argumentName = argument.Name.Value;
                    if (known.Contains(argumentName))
                    {
                        continue;
                    }

                    var suggestion = _context.HideSuggestions
                        ? string.Empty
                        : Suggestions.DidYouMean(null, Suggestions.SuggestionList(argumentName, known));
                    _context.ReportError(
                        $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + suggestion,
                        ValidationErrorCodes.KnownArgumentNames,
                        Section,
                        argument);
                }
            }

            return VisitorAction.Skip;
        }
    }
}
