using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every selected field is defined on the type in scope (or is <c>__typename</c> and the other meta-fields).</summary>
// Spec §5.3.1 Field Selections
// https://spec.graphql.org/September2025/#sec-Field-Selections
internal sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.3.1", "sec-Field-Selections");

    public string Name => nameof(FieldsOnCorrectTypeRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FieldNode field && context.ParentType is { } type && context.FieldDefinition is null)
            {
                var name = field.Name.Value;
                var suggestion = context.HideSuggestions
                    ? string.Empty
                    : Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.ExecutableSchema, type, name));
                if (suggestion.Length == 0 && !context.HideSuggestions)
                {
                    suggestion = Suggestions.DidYouMean(null, SuggestedFieldNames(type, name));
                }

                context.ReportError(
                    $"Cannot query field \"{name}\" on type \"{type.Name}\"." + suggestion,
                    ValidationErrorCodes.FieldsOnCorrectType,
                    Section,
                    field);
            }

            return VisitorAction.Continue;
        }

        // Types that do have the field, most widely shared interfaces first, to suggest an inline fragment.
        private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, INamedType type, string fieldName)
        {
            if (type is not IAbstractType abstractType)
            {
                return Array.Empty<string>();
            }

            var suggested = new List<INamedType>();
            var usage = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possible in schema.GetPossibleTypes(abstractType))
            {
                if (!possible.Fields.Contains(fieldName))
                {
                    continue;
                }

                if (!suggested.Contains(possible))
                {
                    suggested.Add(possible);
                }

                usage[possible.Name] = 1;
                foreach (var iface in possible.Interfaces)
                {
                    if (!iface.Fields.Contains(fieldName))
                    {
                        continue;
                    }

                    if (!suggested.Contains(iface))
                    {
                        suggested.Add(iface);
                    }

                    usage[iface.Name] = (usage.TryGetValue(iface.Name, out var count) ? count : 0) + 1;
                }
            }

            return suggested
                .OrderBy(t => t, Comparer<INamedType>.Create((a, b) =>
                {
                    var byUsage = usage[b.Name] - usage[a.Name];
                    if (byUsage != 0)
                    {
                        return byUsage;
                    }

                    if (a is InterfaceType ia && schema.IsSubType(ia, b))
                    {
                        return -1;
                    }

                    if (b is InterfaceType ib && schema.IsSubType(ib, a))
                    {
                        return 1;
                    }

                    return Suggestions.NaturalCompare(a.Name, b.Name);
                }))
                .Select(t => t.Name)
                .ToList();
        }

        private static IReadOnlyList<string> SuggestedFieldNames(INamedType type, string fieldName) =>
            type is IComplexOutputType complex
                ? Suggestions.SuggestionList(fieldName, complex.Fields.Select(f => f.Name))
                : Array.Empty<string>();
    }
}
