using System.Linq.Expressions;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// Relation fields over foreign keys (the Domain has no navigation properties): references by id and reverse lists
/// grouped by foreign key, both through DataLoaders, so every level of a nested query is one statement. Each relation
/// declares the parent members its resolver reads (<c>Requires</c>), so a projected parent still reads its foreign keys.
/// </summary>
public static class Relations
{
    /// <summary>Replaces the foreign key <paramref name="foreignKey"/> by the field <paramref name="name"/> returning the referenced node.</summary>
    public static IObjectFieldDescriptor Reference<TParent, TTarget>(
        this IObjectTypeDescriptor<TParent> descriptor, string name, Expression<Func<TParent, string?>> foreignKey, bool required = false)
        where TTarget : EntityBase
    {
        descriptor.Ignore(foreignKey);
        var read = foreignKey.Compile();
        return descriptor.Field(name)
            .Type(typeof(TTarget).Name + (required ? "!" : string.Empty))
            .Description(ReferenceDescription<TParent, TTarget>(foreignKey))
            .Resolve(context => Loaders.ById<TTarget>(context, read((TParent)context.Parent!)))
            .Requires(MemberName(foreignKey));
    }

    /// <summary>Replaces a list of ids <paramref name="ids"/> by the field <paramref name="name"/> returning the referenced nodes.</summary>
    public static IObjectFieldDescriptor References<TParent, TTarget>(
        this IObjectTypeDescriptor<TParent> descriptor, string name, Expression<Func<TParent, IReadOnlyList<string>>> ids)
        where TTarget : EntityBase
    {
        descriptor.Ignore(ids);
        var read = ids.Compile();
        return descriptor.Field(name)
            .Type($"[{typeof(TTarget).Name}!]!")
            .Description(ReferenceDescription<TParent, TTarget>(ids))
            .Resolve(async context =>
            {
                var items = await Task.WhenAll(read((TParent)context.Parent!).Select(id => Loaders.ById<TTarget>(context, id)));
                return items.OfType<TTarget>().ToList();
            })
            .Requires(MemberName(ids));
    }

    /// <summary>
    /// Adds the reverse relation <paramref name="name"/>: every <typeparamref name="TChild"/> whose
    /// <paramref name="foreignKey"/> is the parent's id, as a connection with paging, filtering and sorting.
    /// </summary>
    public static IObjectFieldDescriptor Many<TParent, TChild>(
        this IObjectTypeDescriptor<TParent> descriptor, string name, Expression<Func<TChild, string?>> foreignKey, string? connectionName = null)
        where TParent : EntityBase
        where TChild : EntityBase
    {
        var loader = MemberName(foreignKey);
        return descriptor.Field(name)
            .Type($"[{typeof(TChild).Name}!]!")
            .Description(ReverseDescription<TParent, TChild>(foreignKey) + " A connection: paged, filterable and sortable.")
            .Resolve(context => Loaders.Page<TParent, TChild>(context, loader, foreignKey, ((TParent)context.Parent!).Id))
            .UsePaging(o =>
            {
                o.ConnectionName = connectionName ?? typeof(TParent).Name + Capitalise(name);
                o.IncludeTotalCount = true;
            })
            .UseProjection()
            .UseFiltering()
            .UseSorting();
    }

    /// <summary>Like <see cref="Many{TParent, TChild}"/> but a plain list (for short lists such as budgets).</summary>
    public static IObjectFieldDescriptor List<TParent, TChild>(
        this IObjectTypeDescriptor<TParent> descriptor, string name, Expression<Func<TChild, string?>> foreignKey)
        where TParent : EntityBase
        where TChild : EntityBase
    {
        var loader = MemberName(foreignKey);
        return descriptor.Field(name)
            .Type($"[{typeof(TChild).Name}!]!")
            .Description(ReverseDescription<TParent, TChild>(foreignKey))
            .Resolve(context => Loaders.ByForeignKey(context, loader, foreignKey, ((TParent)context.Parent!).Id));
    }

    /// <summary>The foreign key's own documentation (e.g. "The funding organisation."), which says what the reference means.</summary>
    private static string ReferenceDescription<TParent, TTarget>(LambdaExpression foreignKey) =>
        Descriptions.Of(Member(foreignKey)) ?? $"The {typeof(TTarget).Name} this {typeof(TParent).Name} refers to.";

    /// <summary>"Every Funding whose `project` is this Project.": the reverse of the child's reference field.</summary>
    private static string ReverseDescription<TParent, TChild>(LambdaExpression foreignKey)
    {
        var reference = Member(foreignKey).Name;
        reference = reference.EndsWith("Id", StringComparison.Ordinal) ? reference[..^2] : reference;
        return $"Every {typeof(TChild).Name} whose `{NameConventions.CamelCase(reference)}` is this {typeof(TParent).Name}.";
    }

    private static System.Reflection.MemberInfo Member(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression unary ? unary.Operand : expression.Body;
        return body is MemberExpression member ? member.Member : throw new ArgumentException("A member access is expected.", nameof(expression));
    }

    private static string Capitalise(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static string MemberName(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression unary ? unary.Operand : expression.Body;
        return body is MemberExpression member ? MemberPath(member) : throw new ArgumentException("A member access is expected.", nameof(expression));
    }

    private static string MemberPath(MemberExpression member) =>
        member.Expression is MemberExpression outer ? MemberPath(outer) + "." + member.Member.Name : member.Member.Name;
}
