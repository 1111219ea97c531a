using System.Collections;
using System.Reflection;
using SolidarityGraph.GraphQL.Data.Building;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Creates projected entities member by member. Setters may be non-public and get-only auto-properties are written
/// through their backing field, so entities need no public setters (Hot Chocolate requires them, PARITY.md §3).
/// </summary>
internal static class EntityFactory
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

    public static bool CanCreate(Type type) =>
        !type.IsAbstract && (type.IsValueType || type.GetConstructor(Instance, Type.EmptyTypes) is not null);

    /// <summary>The member to assign for <paramref name="member"/>: itself, or the backing field of a get-only auto-property.</summary>
    public static MemberInfo? WritableMember(MemberInfo member) => member switch
    {
        PropertyInfo { SetMethod: not null } property => property,
        PropertyInfo property => property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", Instance),
        FieldInfo { IsInitOnly: false } field => field,
        _ => null,
    };

    /// <summary>Assigns a nested entity or list to a projected entity after materialization.</summary>
    /// <exception cref="GraphQLException">The member cannot hold the value (reported with the field name).</exception>
    public static void Assign(object entity, EntityMember member, object? value)
    {
        var target = WritableMember(member.Member);
        var type = member.ClrType;
        if (value is IList items && member.Kind == MemberKind.List)
        {
            value = ToMemberType(items, type, member.ElementType!);
        }

        if (target is null && value is IList loaded && member.Kind == MemberKind.List && TryFill(entity, member.Member, loaded))
        {
            return;
        }

        if (target is null || value is null && type.IsValueType || value is not null && !type.IsInstanceOfType(value))
        {
            throw new GraphQLException(
                $"The field \"{member.Name}\" cannot be projected: its member {member.Member.DeclaringType?.Name}.{member.Member.Name} cannot be assigned.",
                DataErrorCodes.ProjectionFailed);
        }

        switch (target)
        {
            case PropertyInfo property:
                property.SetValue(entity, value);
                break;
            case FieldInfo field:
                field.SetValue(entity, value);
                break;
        }
    }

    /// <summary>
    /// A collection exposed without a setter (<c>ExternalIds =&gt; _externalIds</c>) is filled in place, as EF Core fills
    /// collection navigations: the new entity already holds its empty, writable collection.
    /// </summary>
    private static bool TryFill(object entity, MemberInfo member, IList items)
    {
        var current = member switch
        {
            PropertyInfo property => property.GetValue(entity),
            FieldInfo field => field.GetValue(entity),
            _ => null,
        };
        if (current is not IList { IsReadOnly: false, IsFixedSize: false } collection)
        {
            return false;
        }

        collection.Clear();
        foreach (var item in items)
        {
            collection.Add(item);
        }

        return true;
    }

    private static object ToMemberType(IList items, Type memberType, Type elementType)
    {
        if (memberType.IsArray)
        {
            var array = Array.CreateInstance(elementType, items.Count);
            items.CopyTo(array, 0);
            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        if (memberType.IsInstanceOfType(list))
        {
            return list;
        }

        // HashSet<T>, Collection<T> …: any concrete collection with a constructor taking the items.
        return Activator.CreateInstance(memberType, list) ?? list;
    }
}
