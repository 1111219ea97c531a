using System.Linq.Expressions;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>Which CLR members become fields without being named in <c>Configure</c>.</summary>
public enum BindingBehavior
{
    /// <summary>Every public property (and, on root and extension types, every public method) is a field unless ignored.</summary>
    Implicit,

    /// <summary>Only members and fields named in <c>Configure</c> are fields.</summary>
    Explicit,
}

/// <summary>Configures an object type whose values are <typeparamref name="T"/>s (spec §3.6).</summary>
/// <typeparam name="T">The CLR type of the values.</typeparam>
public interface IObjectTypeDescriptor<T>
{
    /// <summary>Sets the GraphQL name (default: the CLR type name, <c>Query</c>/<c>Mutation</c> for root types).</summary>
    IObjectTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Chooses implicit (default) or explicit field binding.</summary>
    IObjectTypeDescriptor<T> BindFields(BindingBehavior behavior);

    /// <summary>Configures the field bound to a property, field or method of <typeparamref name="T"/>, e.g. <c>p =&gt; p.Title</c>.</summary>
    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Configures (or adds) the field called <paramref name="name"/>; give it a resolver or a type.</summary>
    IObjectFieldDescriptor Field(string name);

    /// <summary>Leaves a member of <typeparamref name="T"/> out of the type.</summary>
    IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Declares that the type implements an interface defined by <typeparamref name="TInterfaceType"/>.</summary>
    /// <remarks>Interfaces whose CLR type <typeparamref name="T"/> implements are added without this call.</remarks>
    IObjectTypeDescriptor<T> Implements<TInterfaceType>()
        where TInterfaceType : class;

    /// <summary>Overrides the check telling whether a value belongs to this type (default: it is a <typeparamref name="T"/>).</summary>
    IObjectTypeDescriptor<T> IsTypeOf(Func<object, bool> check);

    /// <summary>Requires an authorization policy (<see langword="null"/>: any authenticated caller) for every field of the type.</summary>
    IObjectTypeDescriptor<T> Authorize(string? policy = null);

    /// <summary>Stores an entry in the type's <c>ContextData</c>, for middleware and the server.</summary>
    IObjectTypeDescriptor<T> Metadata(string key, object? value);
}

/// <summary>Configures an interface whose values are <typeparamref name="T"/>s (spec §3.7).</summary>
/// <typeparam name="T">The CLR type (usually a C# interface) implemented by the values.</typeparam>
public interface IInterfaceTypeDescriptor<T>
{
    /// <summary>Sets the GraphQL name (default: the CLR name).</summary>
    IInterfaceTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IInterfaceTypeDescriptor<T> Description(string? description);

    /// <summary>Chooses implicit (default) or explicit field binding.</summary>
    IInterfaceTypeDescriptor<T> BindFields(BindingBehavior behavior);

    /// <summary>Configures the field bound to a member of <typeparamref name="T"/>.</summary>
    IInterfaceFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Configures (or adds) the field called <paramref name="name"/>; give it a type.</summary>
    IInterfaceFieldDescriptor Field(string name);

    /// <summary>Leaves a member of <typeparamref name="T"/> out of the interface.</summary>
    IInterfaceTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Picks the object type of a value (default: the object type bound to the value's CLR type).</summary>
    IInterfaceTypeDescriptor<T> ResolveAbstractType(TypeResolver resolver);

    /// <summary>Stores an entry in the type's <c>ContextData</c>.</summary>
    IInterfaceTypeDescriptor<T> Metadata(string key, object? value);
}

/// <summary>Configures a union whose values are <typeparamref name="T"/>s (spec §3.8).</summary>
/// <typeparam name="T">A CLR type shared by the member values (<see cref="object"/> when there is none).</typeparam>
public interface IUnionTypeDescriptor<T>
{
    /// <summary>Sets the GraphQL name (default: the CLR name, which must then be set for <see cref="object"/>).</summary>
    IUnionTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description (Markdown).</summary>
    IUnionTypeDescriptor<T> Description(string? description);

    /// <summary>
    /// Adds a member: an object type definition class or a CLR type with one. Without any call, every object type
    /// whose CLR type is a <typeparamref name="T"/> is a member.
    /// </summary>
    IUnionTypeDescriptor<T> Type<TObjectType>()
        where TObjectType : class;

    /// <summary>Picks the object type of a value (default: the object type bound to the value's CLR type).</summary>
    IUnionTypeDescriptor<T> ResolveAbstractType(TypeResolver resolver);

    /// <summary>Stores an entry in the type's <c>ContextData</c>.</summary>
    IUnionTypeDescriptor<T> Metadata(string key, object? value);
}
