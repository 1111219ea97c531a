using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Building;

/// <summary>What a GraphQL field of an entity type is bound to, as far as filtering, sorting and projections care.</summary>
internal enum MemberKind
{
    /// <summary>A scalar or enum member: a column.</summary>
    Leaf,

    /// <summary>A reference to one object (a reference navigation).</summary>
    Object,

    /// <summary>A list of objects (a collection navigation).</summary>
    List,
}

/// <summary>One GraphQL field of an <see cref="EntityModel"/> bound to a CLR property or field.</summary>
internal sealed class EntityMember
{
    public required OutputField Field { get; init; }

    public required MemberInfo Member { get; init; }

    public required Type ClrType { get; init; }

    public required MemberKind Kind { get; init; }

    /// <summary>The leaf type (scalar or enum) of a <see cref="MemberKind.Leaf"/> member.</summary>
    public INamedType? LeafType { get; init; }

    /// <summary>The object type of an <see cref="MemberKind.Object"/> member or of the items of a <see cref="MemberKind.List"/>.</summary>
    public ObjectType? Target { get; init; }

    /// <summary>The item CLR type of a <see cref="MemberKind.List"/> member.</summary>
    public Type? ElementType { get; init; }

    /// <summary>The field (or its target type) is guarded by <c>Authorize(...)</c>.</summary>
    public bool IsProtected { get; init; }

    public bool? FilterableFlag { get; init; }

    public bool? SortableFlag { get; init; }

    public bool? ProjectedFlag { get; init; }

    /// <summary>Set by <c>IsStoredWhole()</c>: projections read the member as one value, like a leaf.</summary>
    public bool IsStoredWhole { get; init; }

    /// <summary>Set by <c>WithheldWhen(...)</c>: the boolean member that withholds the value row by row, and the policy that sees it anyway.</summary>
    public (MemberInfo Flag, string Policy)? Withheld { get; init; }

    /// <summary>Set by <c>Requires(...)</c> on a field bound to a member.</summary>
    public bool DeclaresRequirements => Field.ContextData.ContainsKey(MemberFlags.Requires);

    /// <summary>
    /// In filter inputs: explicit flag wins; protected fields are out unless opted in (DOMAIN.md §4.2, PARITY.md §3), and
    /// so are members stored whole, whose items no provider can filter inside their column.
    /// </summary>
    public bool IsFilterable => FilterableFlag ?? (!IsProtected && !IsStoredWhole);

    /// <summary>In sort inputs: leaves and single objects only (collections are not sortable, as in Hot Chocolate).</summary>
    public bool IsSortable => Kind != MemberKind.List && (SortableFlag ?? !IsProtected);

    /// <summary>The field is a data field itself (a nested connection or filtered list).</summary>
    public DataFieldOptions? DataOptions => Field.ContextData.TryGetValue(DataFieldOptions.Key, out var value) ? value as DataFieldOptions : null;

    public string Name => Field.Name;
}

/// <summary>
/// The bindings of an object type to its runtime CLR type: each field that maps to a property (by <c>MapTo</c> or by
/// name, ignoring case) and the unique key used as the cursor tiebreaker. Built once per type and cached.
/// </summary>
internal sealed class EntityModel
{
    private static readonly ConditionalWeakTable<ObjectType, EntityModel> Cache = new();

    private EntityModel(ObjectType type, Type clrType)
    {
        Type = type;
        ClrType = clrType;
    }

    public ObjectType Type { get; }

    public Type ClrType { get; }

    public Dictionary<string, EntityMember> Members { get; } = new(StringComparer.Ordinal);

    public static EntityModel For(ObjectType type) => Cache.GetValue(type, Create);

    /// <summary>The key member; <paramref name="configured"/> (a CLR member name) wins over the conventions.</summary>
    public MemberInfo? FindKey(string? configured) => FindKey(ClrType, configured);

    /// <summary>See <see cref="FindKey(string?)"/>; usable before the type's fields are final.</summary>
    public static MemberInfo? FindKey(Type ClrType, string? configured) =>
        // Plans ask on every request; the answer depends on the type and the configured name only.
        Keys.GetOrAdd((ClrType, configured), static key => FindKeyUncached(key.Type, key.Configured));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Type, string? Configured), MemberInfo?> Keys = new();

    private static MemberInfo? FindKeyUncached(Type ClrType, string? configured)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        if (configured is not null)
        {
            return (MemberInfo?)ClrType.GetProperty(configured, Flags) ?? ClrType.GetField(configured, Flags);
        }

        var properties = ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.IsDefined(typeof(KeyAttribute)))
            ?? ClrType.GetProperty("Id", Flags)
            ?? ClrType.GetProperty(ClrType.Name + "Id", Flags);
    }

    private static EntityModel Create(ObjectType type)
    {
        var clrType = type.RuntimeType ?? throw new InvalidOperationException(
            $"The object type \"{type.Name}\" has no runtime CLR type; data features need ObjectType<T> or an inferred class.");
        var model = new EntityModel(type, clrType);
        foreach (var field in type.Fields)
        {
            if (Bind(field, clrType) is { } member)
            {
                model.Members.Add(field.Name, member);
            }
        }

        return model;
    }

    private static EntityMember? Bind(OutputField field, Type clrType)
    {
        if (field.Arguments.Count > 0 && !field.ContextData.ContainsKey(DataFieldOptions.Key))
        {
            return null;
        }

        var name = field.ContextData.TryGetValue(MemberFlags.Member, out var mapped) && mapped is string text ? text : field.Name;
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = (MemberInfo?)clrType.GetProperty(name, Flags) ?? clrType.GetField(name, Flags);
        if (member is null)
        {
            return null;
        }

        var memberType = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
        // A completed data field returns its connection type; filtering and projection see the node type.
        var named = (INamedType?)DataFieldModel.Of(field)?.NodeType ?? field.Type.NamedType();
        var isProtected = AuthorizationMetadata.GetRules(field.ContextData).Count > 0
            || (named is ObjectType target && AuthorizationMetadata.GetRules(target.ContextData).Count > 0);
        var kind = named switch
        {
            ScalarType or EnumType => MemberKind.Leaf,
            ObjectType when ElementTypeOf(memberType) is not null => MemberKind.List,
            ObjectType => MemberKind.Object,
            _ => (MemberKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        return new EntityMember
        {
            Field = field,
            Member = member,
            ClrType = memberType,
            Kind = kind.Value,
            LeafType = kind == MemberKind.Leaf ? named : null,
            Target = named as ObjectType,
            ElementType = kind == MemberKind.List ? ElementTypeOf(memberType) : null,
            IsProtected = isProtected,
            FilterableFlag = Flag(field, MemberFlags.Filterable) ?? member.GetCustomAttribute<IsFilterableAttribute>()?.Filterable,
            SortableFlag = Flag(field, MemberFlags.Sortable) ?? member.GetCustomAttribute<IsSortableAttribute>()?.Sortable,
            ProjectedFlag = Flag(field, MemberFlags.Projected) ?? member.GetCustomAttribute<IsProjectedAttribute>()?.Projected,
            IsStoredWhole = Flag(field, MemberFlags.StoredWhole) == true,
            Withheld = WithheldBy(field, clrType, memberType),
        };
    }

    private static (MemberInfo Flag, string Policy)? WithheldBy(OutputField field, Type clrType, Type memberType)
    {
        if (!field.ContextData.TryGetValue(MemberFlags.Withheld, out var value) || value is not Withholding withholding)
        {
            return null;
        }

        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var flag = clrType.GetProperty(withholding.FlagMember, Flags);
        if (flag?.PropertyType != typeof(bool) || (memberType.IsValueType && Nullable.GetUnderlyingType(memberType) is null))
        {
            throw new InvalidOperationException(
                $"The field \"{field.Name}\" is withheld by \"{withholding.FlagMember}\": that must be a bool property of {clrType.Name}, and the field's member must be nullable.");
        }

        return (flag, withholding.Policy);
    }

    private static bool? Flag(OutputField field, string key) =>
        field.ContextData.TryGetValue(key, out var value) && value is bool flag ? flag : null;

    /// <summary>The item type of a sequence type other than <see cref="string"/>, or <see langword="null"/>.</summary>
    public static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var sequence = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return sequence?.GetGenericArguments()[0];
    }
}
