using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.Api.Schema.Sources;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Node;

/// <summary>
/// Base of every node type: named like the domain class (the name is part of the global ID, so it never changes),
/// implements <c>Node</c>, exposes <c>id</c> as the global ID and <c>citations</c> (DOMAIN.md §4.1).
/// </summary>
/// <typeparam name="T">The domain entity.</typeparam>
public abstract class NodeObjectType<T> : ObjectType<T>
    where T : EntityBase
{
    /// <summary>The GraphQL type name, also used inside global IDs.</summary>
    public static string TypeName => typeof(T).Name;

    /// <inheritdoc />
    protected sealed override void Configure(IObjectTypeDescriptor<T> descriptor)
    {
        descriptor.Name(TypeName).Implements<NodeInterfaceType>();
        descriptor.Field(e => e.Id)
            .Type("ID!")
            .Description("The global ID (see `Node`).")
            .Resolve(context => GlobalId.Encode(TypeName, ((T)context.Parent!).Id))
            .IsFilterable(false);
        descriptor.Ignore(e => e.NodeKind);
        descriptor.Field(e => e.CreatedAt).Description("When this record was first saved in SolidarityGraph (UTC); not a date from the source.");
        descriptor.Field(e => e.UpdatedAt).Description("When this record was last changed in SolidarityGraph (UTC).");
        descriptor.Field(e => e.Version)
            .Description("Edit version: 1 when created, one more on every saved change. Send it with an update mutation; if someone saved in between, the mutation returns a `ConcurrencyError` and saves nothing.");
        descriptor.Field("citations")
            .Type("[Citation!]!")
            .Description("Where each statement about this object comes from. Citations of personal-data records or protected fields are listed to stewards only.")
            .ListSize(assumedSize: ListSizes.Citations)
            .Resolve(context => CitationResolvers.OfSubject(context, ((T)context.Parent!).Id));
        ExcludeStructuredMembersFromFilters(descriptor);
        ConfigureNode(descriptor);
    }

    // Structured members are stored as JSON or converted text, and computed members are not stored at all: the query
    // provider cannot filter or sort by them.
    private static void ExcludeStructuredMembersFromFilters(IObjectTypeDescriptor<T> descriptor)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == nameof(EntityBase.NodeKind) || (IsColumn(property.PropertyType) && !IsComputed(property)))
            {
                continue;
            }

            var member = Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(parameter, property), typeof(object)), parameter);
            descriptor.Field(member).IsFilterable(false).IsSortable(false);
        }
    }

    /// <summary>A get-only property without a compiler backing field (<c>=&gt; …</c>): derived, never a column.</summary>
    private static bool IsComputed(PropertyInfo property) =>
        property.SetMethod is null
        && property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is null;

    private static bool IsColumn(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime);
    }

    /// <summary>Type-specific fields: hide foreign keys, add relations.</summary>
    protected abstract void ConfigureNode(IObjectTypeDescriptor<T> descriptor);
}
