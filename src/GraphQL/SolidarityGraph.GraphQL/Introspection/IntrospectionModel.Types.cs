using SolidarityGraph.GraphQL.Types;
using Kind = SolidarityGraph.GraphQL.Types.TypeKind;

namespace SolidarityGraph.GraphQL.Introspection;

/// <summary><c>__Type</c> (spec §4.2.2) and <c>__TypeKind</c> (spec §4.2.3).</summary>
internal sealed partial class IntrospectionModel
{
    private void DefineType()
    {
        Type.Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";
        Type.AddField(Define<IType>("kind", NonNull(TypeKind), type => Box(type.Kind)));
        Type.AddField(Define<IType>("name", String, type => (type as INamedType)?.Name));
        Type.AddField(Define<IType>("description", String, type => (type as INamedType)?.Description));
        Type.AddField(Define<IType>("specifiedByURL", String, type => (type as ScalarType)?.SpecifiedByUrl));
        Type.AddField(
            Define<IType>("fields", ListOf(NonNull(Field)), (type, context) => type is IComplexOutputType complex
                ? Filter<OutputField>(complex.Fields, f => f.DeprecationReason, context)
                : null)
            .AddArgument(IncludeDeprecatedArgument()));
        Type.AddField(Define<IType>("interfaces", ListOf(NonNull(Type)), type => (type as IComplexOutputType)?.Interfaces));
        Type.AddField(Define<IType>("possibleTypes", ListOf(NonNull(Type)), (type, context) => type is IAbstractType abstractType
            ? context.Schema.GetPossibleTypes(abstractType)
            : null));
        Type.AddField(
            Define<IType>("enumValues", ListOf(NonNull(EnumValue)), (type, context) => type is EnumType enumType
                ? Filter<Types.EnumValue>(enumType.Values, v => v.DeprecationReason, context)
                : null)
            .AddArgument(IncludeDeprecatedArgument()));
        Type.AddField(
            Define<IType>("inputFields", ListOf(NonNull(InputValue)), (type, context) => type is InputObjectType inputType
                ? Filter<InputField>(inputType.Fields, f => f.DeprecationReason, context)
                : null)
            .AddArgument(IncludeDeprecatedArgument()));
        Type.AddField(Define<IType>("ofType", Type, type => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }));
        Type.AddField(Define<IType>("isOneOf", Boolean, type => type is InputObjectType inputType ? Box(inputType.IsOneOf) : null));
    }

    private void DefineTypeKind()
    {
        TypeKind.Description = "An enum describing what kind of type a given `__Type` is.";
        AddKind(Kind.Scalar, "SCALAR", "Indicates this type is a scalar.");
        AddKind(Kind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        AddKind(Kind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        AddKind(Kind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field.");
        AddKind(Kind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field.");
        AddKind(Kind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field.");
        AddKind(Kind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field.");
        AddKind(Kind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field.");
    }

    private void AddKind(Kind kind, string name, string description) =>
        TypeKind.AddValue(new Types.EnumValue(name, kind) { Description = description });
}
