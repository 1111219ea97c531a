using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Introspection;

/// <summary><c>__Field</c>, <c>__InputValue</c> and <c>__EnumValue</c> (spec §4.2.4–§4.2.6).</summary>
internal sealed partial class IntrospectionModel
{
    /// <summary>Default values printed once per literal (syntax nodes are immutable): every introspection query asks for them.</summary>
    private static readonly ConditionalWeakTable<ValueNode, string> PrintedDefaults = new();

    private void DefineField()
    {
        Field.Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.";
        Field.AddField(Define<OutputField>("name", NonNull(String), f => f.Name));
        Field.AddField(Define<OutputField>("description", String, f => f.Description));
        Field.AddField(
            Define<OutputField>("args", NonNullListOf(InputValue), (f, context) => Filter<Argument>(f.Arguments, a => a.DeprecationReason, context))
            .AddArgument(IncludeDeprecatedArgument()));
        Field.AddField(Define<OutputField>("type", NonNull(Type), f => f.Type));
        Field.AddField(Define<OutputField>("isDeprecated", NonNull(Boolean), f => Box(f.DeprecationReason is not null)));
        Field.AddField(Define<OutputField>("deprecationReason", String, f => f.DeprecationReason));
    }

    private void DefineInputValue()
    {
        InputValue.Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.";
        InputValue.AddField(Define<InputValue>("name", NonNull(String), v => v.Name));
        InputValue.AddField(Define<InputValue>("description", String, v => v.Description));
        InputValue.AddField(Define<InputValue>("type", NonNull(Type), v => v.Type));
        InputValue.AddField(Define<InputValue>(
            "defaultValue",
            String,
            v => v.HasDefaultValue && v.DefaultValueLiteral is { } literal ? PrintedDefaults.GetValue(literal, Printer.Print) : null,
            "A GraphQL-formatted string representing the default value for this input value."));
        InputValue.AddField(Define<InputValue>("isDeprecated", NonNull(Boolean), v => Box(v.DeprecationReason is not null)));
        InputValue.AddField(Define<InputValue>("deprecationReason", String, v => v.DeprecationReason));
    }

    private void DefineEnumValue()
    {
        EnumValue.Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.";
        EnumValue.AddField(Define<Types.EnumValue>("name", NonNull(String), v => v.Name));
        EnumValue.AddField(Define<Types.EnumValue>("description", String, v => v.Description));
        EnumValue.AddField(Define<Types.EnumValue>("isDeprecated", NonNull(Boolean), v => Box(v.DeprecationReason is not null)));
        EnumValue.AddField(Define<Types.EnumValue>("deprecationReason", String, v => v.DeprecationReason));
    }
}
