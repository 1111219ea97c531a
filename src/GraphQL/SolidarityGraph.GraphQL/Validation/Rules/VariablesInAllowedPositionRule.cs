using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>Every variable is used only where its type fits the expected type (a nullable variable fits a non-null position only with a default).</summary>
// Spec §5.8.5 All Variable Usages Are Allowed
// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
internal sealed class VariablesInAllowedPositionRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.8.5", "sec-All-Variable-Usages-Are-Allowed");

    public string Name => nameof(VariablesInAllowedPositionRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static bool IsAllowed(Schema schema, IType variableType, ValueNode? variableDefault, IType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }

            var schema = context.ExecutableSchema;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType
                    || TypeFromAst.Convert(schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        ValidationErrorCodes.VariablesInAllowedPosition,
                        Section,
                        definition,
                        usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        ValidationErrorCodes.VariablesInAllowedPosition,
                        Section,
                        definition,
                        usage.Node);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
