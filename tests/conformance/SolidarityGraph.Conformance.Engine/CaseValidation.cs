using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.Conformance.Engine;

/// <summary>Validation as oracle.mjs runs it: all specified rules, or the rules a case names.</summary>
internal static class CaseValidation
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<string>? ruleNames, bool hideSuggestions)
    {
        IReadOnlyList<IValidationRule>? rules = null;
        if (ruleNames is not null)
        {
            rules = ruleNames.Select(name => SpecifiedRules.All.FirstOrDefault(r => r.Name == name || r.Name == name + "Rule")
                ?? throw new InvalidOperationException($"Unknown validation rule: {name}")).ToList();
        }

        return DocumentValidator.Validate(schema, document, rules, new ValidationOptions { HideSuggestions = hideSuggestions });
    }
}
