using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>Configures an enum over the CLR enum <typeparamref name="TEnum"/> (spec §3.9).</summary>
public interface IEnumTypeDescriptor<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Sets the GraphQL name (default: the CLR name).</summary>
    IEnumTypeDescriptor<TEnum> Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IEnumTypeDescriptor<TEnum> Description(string? description);

    /// <summary>Configures one value (default name: SCREAMING_SNAKE_CASE of the member).</summary>
    IEnumValueDescriptor Value(TEnum value);

    /// <summary>Stores an entry in the type's <c>ContextData</c>.</summary>
    IEnumTypeDescriptor<TEnum> Metadata(string key, object? value);
}

/// <summary>Configures one enum value.</summary>
public interface IEnumValueDescriptor
{
    /// <summary>Sets the GraphQL name.</summary>
    IEnumValueDescriptor Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IEnumValueDescriptor Description(string? description);

    /// <summary>Marks the value deprecated.</summary>
    IEnumValueDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason);

    /// <summary>Leaves the value out of the enum.</summary>
    IEnumValueDescriptor Ignore();
}

/// <summary>Configures an input object coerced into <typeparamref name="T"/> (spec §3.10).</summary>
public interface IInputObjectTypeDescriptor<T>
{
    /// <summary>Sets the GraphQL name (default: the CLR name).</summary>
    IInputObjectTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IInputObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Chooses implicit (default: every settable or constructor-bound property) or explicit field binding.</summary>
    IInputObjectTypeDescriptor<T> BindFields(BindingBehavior behavior);

    /// <summary>Configures the input field bound to a property of <typeparamref name="T"/>.</summary>
    IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Leaves a property out.</summary>
    IInputObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Makes this a OneOf input object (spec §3.10.1): exactly one field, non-null, is given; all fields become nullable.</summary>
    IInputObjectTypeDescriptor<T> OneOf();

    /// <summary>Stores an entry in the type's <c>ContextData</c>.</summary>
    IInputObjectTypeDescriptor<T> Metadata(string key, object? value);
}

/// <summary>Configures one input field.</summary>
public interface IInputFieldDescriptor
{
    /// <summary>Sets the GraphQL name (default: the camelCase property name).</summary>
    IInputFieldDescriptor Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IInputFieldDescriptor Description(string? description);

    /// <summary>Sets the type from a definition, scalar or wrapper class.</summary>
    IInputFieldDescriptor Type<TType>()
        where TType : class;

    /// <summary>Sets the type from an SDL type reference.</summary>
    IInputFieldDescriptor Type(string sdlType);

    /// <summary>Sets the default as a runtime value.</summary>
    IInputFieldDescriptor DefaultValue(object? value);

    /// <summary>Marks the field deprecated (it must then be optional).</summary>
    IInputFieldDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason);

    /// <summary>Leaves the field out.</summary>
    IInputFieldDescriptor Ignore();
}
