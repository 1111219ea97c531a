using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Utilities;

/// <summary>Relations between types (graphql-js <c>typeComparators</c>), used by validation and schema validation.</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same: the same named type under the same wrappers.</summary>
    public static bool IsEqualType(IType typeA, IType typeB) => TypeComparers.AreEqual(typeA, typeB);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (spec
    /// §3.6.3 IsValidImplementationFieldType, covariant output types): equal types, a non-null variant, a list of
    /// subtypes, or an object/interface that is a possible type of an abstract super type.
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (TypeComparers.AreEqual(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType(abstractType, (INamedType)maybeSubType);
    }

    /// <summary>
    /// Whether two composite types can have a common object type (used by fragment spread validation):
    /// equal types, or an abstract type whose possible types intersect the other's.
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, INamedType typeA, INamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                return schema.GetPossibleTypes(abstractA).Any(t => schema.IsSubType(abstractB, t));
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IAbstractType b && schema.IsSubType(b, typeA);
    }
}
