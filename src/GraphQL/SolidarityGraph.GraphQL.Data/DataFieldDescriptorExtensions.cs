using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Paging;

namespace SolidarityGraph.GraphQL.Data;

/// <summary>
/// Adds paging, filtering, sorting and projections to a field whose resolver returns an <see cref="IQueryable{T}"/>
/// (or any <see cref="IEnumerable{T}"/>). Call them in Hot Chocolate's order, <c>UsePaging &gt; UseProjection &gt;
/// UseFiltering &gt; UseSorting</c>; the generated arguments and types appear when the schema is built with
/// <see cref="DataSchemaBuilderExtensions.BuildWithData"/>.
/// </summary>
/// <example><code>
/// descriptor.Field("projects")
///     .Resolve(context => context.Service&lt;AppDbContext&gt;().Projects)
///     .UsePaging(o => o.IncludeTotalCount = true)
///     .UseProjection()
///     .UseFiltering()
///     .UseSorting();
/// </code></example>
public static class DataFieldDescriptorExtensions
{
    /// <summary>Relay cursor paging: <c>first/after/last/before</c> and a <c>{Type}Connection</c> result (PARITY.md §2).</summary>
    public static IObjectFieldDescriptor UsePaging(this IObjectFieldDescriptor field, Action<PagingOptions>? configure = null)
    {
        var options = new PagingOptions();
        configure?.Invoke(options);
        return Add(field, DataFeature.Paging, o => o.Paging = options);
    }

    /// <summary>Offset paging: <c>skip/take</c> and a <c>{Type}CollectionSegment</c> result (PARITY.md §2).</summary>
    public static IObjectFieldDescriptor UseOffsetPaging(this IObjectFieldDescriptor field, Action<PagingOptions>? configure = null)
    {
        var options = new PagingOptions();
        configure?.Invoke(options);
        return Add(field, DataFeature.Paging, o => o.OffsetPaging = options);
    }

    /// <summary>Projects the selection set into the query: only the requested columns are read, nested lists and connections included.</summary>
    public static IObjectFieldDescriptor UseProjection(this IObjectFieldDescriptor field) =>
        Add(field, DataFeature.Projection, o => o.Projection = true);

    /// <summary>Adds <c>where: {Type}FilterInput</c> (PARITY.md §3).</summary>
    public static IObjectFieldDescriptor UseFiltering(this IObjectFieldDescriptor field) =>
        Add(field, DataFeature.Filtering, o => o.Filtering = true);

    /// <summary>Adds <c>order: [{Type}SortInput!]</c> (PARITY.md §3).</summary>
    public static IObjectFieldDescriptor UseSorting(this IObjectFieldDescriptor field) =>
        Add(field, DataFeature.Sorting, o => o.Sorting = true);

    /// <summary>
    /// Whether this field appears in filter inputs. Fields guarded by <c>Authorize(...)</c> are left out unless this is
    /// set to <see langword="true"/>; they are then filterable only by callers that satisfy the policy.
    /// </summary>
    public static IObjectFieldDescriptor IsFilterable(this IObjectFieldDescriptor field, bool filterable = true) =>
        Flag(field, MemberFlags.Filterable, filterable);

    /// <summary>Whether this field appears in sort inputs; see <see cref="IsFilterable"/> for protected fields.</summary>
    public static IObjectFieldDescriptor IsSortable(this IObjectFieldDescriptor field, bool sortable = true) =>
        Flag(field, MemberFlags.Sortable, sortable);

    /// <summary>
    /// <see langword="true"/>: always read this member, even when unselected (e.g. a key a custom resolver needs);
    /// <see langword="false"/>: never read it through projections.
    /// </summary>
    public static IObjectFieldDescriptor IsProjected(this IObjectFieldDescriptor field, bool projected = true) =>
        Flag(field, MemberFlags.Projected, projected);

    /// <summary>
    /// The member's objects are stored inside the parent's row as one value (a list of value objects converted to one
    /// JSON column, say): projections read the member whole, as they read a scalar, instead of selecting each item's
    /// members, which no query provider can translate for a converted column.
    /// </summary>
    public static IObjectFieldDescriptor IsStoredWhole(this IObjectFieldDescriptor field) =>
        Flag(field, MemberFlags.StoredWhole, true);

    /// <summary>
    /// Names the CLR members of the parent that this field's resolver reads (e.g. the foreign key a DataLoader needs), so
    /// a projected parent always reads them when the field is selected, requested or not. A dotted path
    /// (<c>"Subject.Id"</c>) reads its first member whole. On a field bound to a computed member (a get-only property
    /// without a backing field, such as <c>Value =&gt; new Money(Amount, Currency)</c>) it names what the member is
    /// computed from: projections read those members and the member is computed on the projected entity.
    /// </summary>
    /// <exception cref="ArgumentException">No member is named, or a name is blank.</exception>
    public static IObjectFieldDescriptor Requires(this IObjectFieldDescriptor field, params string[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Length == 0 || members.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one member, and no blank names.", nameof(members));
        }

        return Flag(field, MemberFlags.Requires, members.ToArray());
    }

    /// <summary>
    /// Withholds the field's value row by row: where the boolean member <paramref name="flagMember"/> of a row is true,
    /// a caller that does not satisfy <paramref name="policy"/> must not learn the value. For such callers filters and
    /// sort keys (and so cursors) read null in its place, so a <c>where</c> or an <c>order</c> behaves as if the value
    /// were null and cannot reveal it; the flag is read with the value wherever a filter or sort needs it. The field's
    /// own resolver returns null for such rows; declare the flag with <see cref="Requires"/> so projections read it.
    /// The member must be nullable.
    /// </summary>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public static IObjectFieldDescriptor WithheldWhen(this IObjectFieldDescriptor field, string flagMember, string policy)
    {
        if (string.IsNullOrWhiteSpace(flagMember) || string.IsNullOrWhiteSpace(policy))
        {
            throw new ArgumentException("Name the flag member and the policy.");
        }

        return Flag(field, MemberFlags.Withheld, new Withholding(flagMember, policy));
    }

    /// <summary>Binds the field to the CLR property <paramref name="memberName"/> of the runtime type when it is named differently.</summary>
    public static IObjectFieldDescriptor MapTo(this IObjectFieldDescriptor field, string memberName) =>
        Flag(field, MemberFlags.Member, memberName);

    private static IObjectFieldDescriptor Flag(IObjectFieldDescriptor field, string key, object value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Metadata(key, value);
    }

    private static IObjectFieldDescriptor Add(IObjectFieldDescriptor field, DataFeature feature, Action<DataFieldOptions> apply)
    {
        ArgumentNullException.ThrowIfNull(field);
        var options = DataFieldRegistry.For(field);
        if (options.Order.Contains(feature))
        {
            throw new InvalidOperationException($"{Names.Of(feature)} is already applied to this field.");
        }

        if (options.Order.Count > 0 && options.Order[^1] > feature)
        {
            throw new InvalidOperationException(
                $"{Names.Of(feature)} must come before {Names.Of(options.Order[^1])}: the order is UsePaging > UseProjection > UseFiltering > UseSorting.");
        }

        options.Order.Add(feature);
        apply(options);
        if (options.Order.Count == 1)
        {
            field.Metadata(DataFieldOptions.Key, options);
            field.Use(next => DataMiddleware.Create(options, next));
        }

        return field;
    }

    private static class Names
    {
        public static string Of(DataFeature feature) => "Use" + feature;
    }
}

/// <summary>Finds the options object of a descriptor that already has one, so the Use… calls add to the same options.</summary>
internal static class DataFieldRegistry
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IObjectFieldDescriptor, DataFieldOptions> Options = new();

    public static DataFieldOptions For(IObjectFieldDescriptor field) => Options.GetValue(field, _ => new DataFieldOptions());
}
