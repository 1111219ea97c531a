using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every required argument (non-null, no default) of a directive is given (the part of Required Arguments that SDL needs).</summary>
// Spec §5.4.3 Required Arguments
// https://spec.graphql.org/September2025/#sec-Required-Arguments
internal sealed class ProvidedRequiredArgumentsOnDirectivesRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.4.3", "sec-Required-Arguments");

    public string Name => nameof(ProvidedRequiredArgumentsOnDirectivesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>Whether an argument must be given: its type is non-null and it has no default.</summary>
    internal static bool IsRequired(InputValue argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    /// <summary>Checks directive applications when they are left.</summary>
    internal sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;

        // Per directive: its required arguments' names and printed types.
        private Dictionary<string, List<(string Name, string Type)>>? _required;

        public Visitor(ValidationContext context) => _context = context;

        // Built at the first directive: most operations apply none, and then the table costs nothing.
        private Dictionary<string, List<(string Name, string Type)>> Required => _required ??= BuildRequired(_context);

        private static Dictionary<string, List<(string Name, string Type)>> BuildRequired(ValidationContext context)
        {
            var required = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
            foreach (var directive in context.Schema?.Directives ?? SpecifiedDirectives.All)
            {
                required[directive.Name] = directive.Arguments.Where(IsRequired).Select(a => (a.Name, a.Type.ToString()!)).ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                required[definition.Name.Value] = definition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                    .ToList();
            }

            return required;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is DirectiveNode directive && Required.TryGetValue(directive.Name.Value, out var required))
            {
                foreach (var (name, type) in required)
                {
                    if (!directive.Arguments.Any(a => a.Name.Value == name))
                    {
                        _context.ReportError(
                            $"Argument \"@{directive.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.",
                            ValidationErrorCodes.ProvidedRequiredArguments,
                            Section,
                            directive);
                    }
                }
            }

            return VisitorAction.Continue;
        }
    }
}
