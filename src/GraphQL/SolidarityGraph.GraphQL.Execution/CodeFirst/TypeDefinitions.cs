using SolidarityGraph.GraphQL.CodeFirst.Building;
using SolidarityGraph.GraphQL.CodeFirst.Descriptors;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>Implemented by every code-first type definition; lets the builder run <c>Configure</c> once.</summary>
internal interface ITypeDefinition
{
    TypeConfig CreateConfig();
}

/// <summary>
/// Defines an object type over <typeparamref name="T"/> (spec §3.6). Derive and override <see cref="Configure"/>;
/// by default every public property of <typeparamref name="T"/> is a field (methods only on root types).
/// </summary>
/// <example><code>
/// public sealed class ProjectType : ObjectType&lt;Project&gt;
/// {
///     protected override void Configure(IObjectTypeDescriptor&lt;Project&gt; d)
///     {
///         d.Field(p =&gt; p.Title).Description("The public title.");
///         d.Ignore(p =&gt; p.InternalNotes);
///     }
/// }
/// </code></example>
/// <typeparam name="T">The CLR type of the values.</typeparam>
public abstract class ObjectType<T> : ITypeDefinition
{
    /// <summary>Configures the type; the default adds nothing to the conventions.</summary>
    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor)
    {
    }

    TypeConfig ITypeDefinition.CreateConfig()
    {
        var descriptor = new ComplexTypeDescriptor<T>(GetType(), isInterface: false);
        Configure(descriptor);
        return descriptor.Config;
    }
}

/// <summary>Defines an interface over <typeparamref name="T"/> (spec §3.7); object types whose CLR type implements <typeparamref name="T"/> implement it.</summary>
/// <typeparam name="T">The CLR type (usually a C# interface) of the values.</typeparam>
public abstract class InterfaceType<T> : ITypeDefinition
{
    /// <summary>Configures the interface.</summary>
    protected virtual void Configure(IInterfaceTypeDescriptor<T> descriptor)
    {
    }

    TypeConfig ITypeDefinition.CreateConfig()
    {
        var descriptor = new ComplexTypeDescriptor<T>(GetType(), isInterface: true);
        Configure(descriptor);
        return descriptor.Config;
    }
}

/// <summary>Defines a union (spec §3.8) of object types whose values share the CLR type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">A CLR type shared by the member values, or <see cref="object"/>.</typeparam>
public abstract class UnionType<T> : ITypeDefinition
{
    /// <summary>Configures the union.</summary>
    protected virtual void Configure(IUnionTypeDescriptor<T> descriptor)
    {
    }

    TypeConfig ITypeDefinition.CreateConfig()
    {
        var descriptor = new UnionTypeDescriptor<T>(GetType());
        Configure(descriptor);
        return descriptor.Config;
    }
}

/// <summary>Defines an enum over the CLR enum <typeparamref name="TEnum"/> (spec §3.9). Enums used without a definition are mapped by convention.</summary>
/// <typeparam name="TEnum">The CLR enum.</typeparam>
public abstract class EnumType<TEnum> : ITypeDefinition
    where TEnum : struct, Enum
{
    /// <summary>Configures the enum.</summary>
    protected virtual void Configure(IEnumTypeDescriptor<TEnum> descriptor)
    {
    }

    TypeConfig ITypeDefinition.CreateConfig()
    {
        var descriptor = new EnumTypeDescriptor<TEnum>(GetType());
        Configure(descriptor);
        return descriptor.Config;
    }
}

/// <summary>Defines an input object (spec §3.10) whose values are coerced into <typeparamref name="T"/> (a class or record).</summary>
/// <typeparam name="T">The CLR type arguments receive.</typeparam>
public abstract class InputObjectType<T> : ITypeDefinition
{
    /// <summary>Configures the input object.</summary>
    protected virtual void Configure(IInputObjectTypeDescriptor<T> descriptor)
    {
    }

    TypeConfig ITypeDefinition.CreateConfig()
    {
        var descriptor = new InputObjectTypeDescriptor<T>(GetType());
        Configure(descriptor);
        return descriptor.Config;
    }
}

/// <summary>The object type a root or extension class gets without a definition of its own.</summary>
internal sealed class ImplicitObjectType<T> : ObjectType<T>
{
}

/// <summary>In <c>Type&lt;…&gt;()</c>: the non-null form of <typeparamref name="T"/>, e.g. <c>NonNullType&lt;ListType&lt;NonNullType&lt;ProjectType&gt;&gt;&gt;</c>.</summary>
/// <typeparam name="T">A definition, scalar, CLR or wrapper type.</typeparam>
public abstract class NonNullType<T>
    where T : class
{
    private NonNullType()
    {
    }
}

/// <summary>In <c>Type&lt;…&gt;()</c>: a list of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">A definition, scalar, CLR or wrapper type.</typeparam>
public abstract class ListType<T>
    where T : class
{
    private ListType()
    {
    }
}
