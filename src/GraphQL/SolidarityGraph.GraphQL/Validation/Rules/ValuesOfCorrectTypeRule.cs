using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every literal value is valid for the type expected where it appears: scalars and enums accept the literal,
/// input objects name only known fields and give every required one, OneOf input objects give exactly one non-null field.
/// </summary>
// Spec §5.6.1 Values of Correct Type (with §5.6.2 Input Object Field Names and §5.6.4 Input Object Required Fields)
// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
internal sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    internal static readonly SpecSection Section = new("5.6.1", "sec-Values-of-Correct-Type");
    internal static readonly SpecSection FieldNamesSection = new("5.6.2", "sec-Input-Object-Field-Names");
    internal static readonly SpecSection RequiredFieldsSection = new("5.6.4", "sec-Input-Object-Required-Fields");

    public string Name => nameof(ValuesOfCorrectTypeRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            // A value is checked whole where it starts; its parts are not visited again.
            var type = node switch
            {
                ListValueNode => context.ParentInputType,
                NullValueNode or EnumValueNode or IntValueNode or FloatValueNode or StringValueNode
                    or BooleanValueNode or ObjectValueNode => context.InputType,
                _ => null,
            };

            if (node is not ValueNode value || node is VariableNode)
            {
                return VisitorAction.Continue;
            }

            if (type is not null)
            {
                Validate(value, type);
            }

            return VisitorAction.Skip;
        }

        private void Validate(ValueNode value, IType type)
        {
            // Variables are checked by VariablesInAllowedPositionRule.
            if (value is VariableNode)
            {
                return;
            }

            if (type is NonNullType nonNull)
            {
                if (value is NullValueNode)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.", value);
                    return;
                }

                Validate(value, nonNull.OfType);
                return;
            }

            switch (value, type)
            {
                case (NullValueNode, _):
                    return;
                case (ListValueNode list, ListType listType):
                    foreach (var item in list.Values)
                    {
                        Validate(item, listType.OfType);
                    }

                    return;
                case (_, ListType listType):
                    Validate(value, listType.OfType);
                    return;
                case (_, InputObjectType inputObject):
                    ValidateObject(value, inputObject);
                    return;
                case (_, EnumType enumType):
                    ValidateEnum(value, enumType);
                    return;
                case (_, ScalarType scalar):
                    ValidateScalar(value, scalar);
                    return;
            }
        }

        private void ValidateObject(ValueNode value, InputObjectType type)
        {
            if (value is not ObjectValueNode objectValue)
            {
                Report($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value);
                return;
            }

            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in objectValue.Fields)
            {
                given[field.Name.Value] = field;
            }

            foreach (var field in type.Fields)
            {
                if (given.TryGetValue(field.Name, out var fieldNode))
                {
                    Validate(fieldNode.Value, field.Type);
                }
                else if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    Report(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.",
                        value,
                        RequiredFieldsSection);
                }
            }

            var known = new List<ObjectFieldNode>();
            foreach (var fieldNode in objectValue.Fields)
            {
                var name = fieldNode.Name.Value;
                if (type.Fields.Contains(name))
                {
                    known.Add(fieldNode);
                    continue;
                }

                var suggestion = context.HideSuggestions
                    ? string.Empty
                    : Suggestions.DidYouMean(null, Suggestions.SuggestionList(name, type.Fields.Select(f => f.Name)));
                Report(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"" +
                    (suggestion.Length > 0 ? $".{suggestion} Found" : ", found") + $": {Printer.Print(value)}.",
                    fieldNode,
                    FieldNamesSection);
            }

            if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
            {
                Report(
                    $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                    value);
            }
        }

        private void ValidateEnum(ValueNode value, EnumType type)
        {
            var text = Printer.Print(value);
            string message;
            if (value is not EnumValueNode enumValue)
            {
                message = $"Enum \"{type.Name}\" cannot represent non-enum value: {text}.";
            }
            else if (!type.Values.Contains(enumValue.Value))
            {
                message = $"Value \"{text}\" does not exist in \"{type.Name}\" enum.";
            }
            else
            {
                return;
            }

            if (!context.HideSuggestions)
            {
                message += Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(text, type.Values.Select(v => v.Name)));
            }

            Report(message, value);
        }

        private void ValidateScalar(ValueNode value, ScalarType type)
        {
            try
            {
                type.ParseLiteral(value);
            }
            catch (LeafCoercionException e)
            {
                Report(e.Message, value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Report($"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {Printer.Print(value)}.", value);
            }
        }

        private void Report(string message, SyntaxNode node, SpecSection? section = null) =>
            context.ReportError(message, ValidationErrorCodes.ValuesOfCorrectType, section ?? Section, node);
    }
}
