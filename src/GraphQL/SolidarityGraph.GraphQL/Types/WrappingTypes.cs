namespace SolidarityGraph.GraphQL.Types;

/// <summary>A list of another type (spec §3.11). Two list types are equal when their item types are equal.</summary>
public sealed class ListType : IType, IEquatable<ListType>
{
    /// <summary>Creates <c>[ofType]</c>.</summary>
    public ListType(IType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.List;

    /// <summary>The item type.</summary>
    public IType OfType { get; }

    /// <inheritdoc/>
    public bool Equals(ListType? other) => other is not null && TypeComparers.AreEqual(OfType, other.OfType);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ListType);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((OfType.GetHashCode() * 31) + 1);

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null variant of another type (spec §3.12). Two non-null types are equal when their wrapped types are.</summary>
public sealed class NonNullType : IType, IEquatable<NonNullType>
{
    /// <summary>Creates <c>ofType!</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="ofType"/> is itself non-null.</exception>
    public NonNullType(IType ofType)
    {
        OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.NonNull;

    /// <summary>The wrapped nullable type.</summary>
    public IType OfType { get; }

    /// <inheritdoc/>
    public bool Equals(NonNullType? other) => other is not null && TypeComparers.AreEqual(OfType, other.OfType);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((OfType.GetHashCode() * 31) + 2);

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}

/// <summary>Structural equality of type references: named types by identity, wrappers by what they wrap.</summary>
internal static class TypeComparers
{
    public static bool AreEqual(IType a, IType b) => a switch
    {
        ListType list => b is ListType other && AreEqual(list.OfType, other.OfType),
        NonNullType nonNull => b is NonNullType other && AreEqual(nonNull.OfType, other.OfType),
        _ => ReferenceEquals(a, b),
    };
}
