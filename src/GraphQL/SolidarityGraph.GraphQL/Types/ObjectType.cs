using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Types;

/// <summary>An object type (spec §3.6): named fields, each yielding a value of a specific type.</summary>
public sealed class ObjectType : NamedTypeBase, IComplexOutputType
{
    /// <summary>Creates an object type without fields; add them to <see cref="Fields"/>.</summary>
    public ObjectType(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <inheritdoc/>
    public FieldCollection<OutputField> Fields { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces { get; set; } = Array.Empty<InterfaceType>();

    /// <summary>Tells whether a runtime value belongs to this type, for abstract types without a <see cref="IAbstractType.ResolveType"/>.</summary>
    public IsTypeOfCheck? IsTypeOf { get; set; }

    /// <summary>The CLR type of this type's runtime values, when one is bound; lets the executor resolve abstract types.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Appends a field and returns this type, for fluent construction.</summary>
    public ObjectType AddField(OutputField field)
    {
        Fields.Add(field);
        return this;
    }
}

/// <summary>An interface (spec §3.7): fields that implementing object and interface types must provide.</summary>
public sealed class InterfaceType : NamedTypeBase, IComplexOutputType, IAbstractType
{
    /// <summary>Creates an interface without fields; add them to <see cref="Fields"/>.</summary>
    public InterfaceType(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc/>
    public FieldCollection<OutputField> Fields { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces { get; set; } = Array.Empty<InterfaceType>();

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Appends a field and returns this type, for fluent construction.</summary>
    public InterfaceType AddField(OutputField field)
    {
        Fields.Add(field);
        return this;
    }
}

/// <summary>A union (spec §3.8): one of a list of object types.</summary>
public sealed class UnionType : NamedTypeBase, IAbstractType
{
    /// <summary>Creates a union without members; set <see cref="Types"/>.</summary>
    public UnionType(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; set; } = Array.Empty<ObjectType>();

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>An input object type (spec §3.10): a set of named input fields; with <see cref="IsOneOf"/> exactly one must be given.</summary>
public sealed class InputObjectType : NamedTypeBase
{
    /// <summary>Creates an input object type without fields; add them to <see cref="Fields"/>.</summary>
    public InputObjectType(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public FieldCollection<InputField> Fields { get; } = new();

    /// <summary>Whether this is a OneOf input object (spec §3.10.1, <c>@oneOf</c>): exactly one field, non-null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>The CLR type input values are converted to, when one is bound; <see langword="null"/> keeps dictionaries.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Appends a field and returns this type, for fluent construction.</summary>
    public InputObjectType AddField(InputField field)
    {
        Fields.Add(field);
        return this;
    }
}
