using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers;

/// <summary>The <c>n…</c> form of an operation (<c>neq</c>, <c>nin</c>, <c>ncontains</c>, <c>ngt</c> …): its logical negation (rows where the member is null match).</summary>
internal sealed class NegatedHandler(IFilterOperationHandler positive, string name) : IFilterOperationHandler
{
    public string Name { get; } = name;

    public bool TakesList => positive.TakesList;

    public bool Supports(FilterKind kind) => positive.Supports(kind);

    public Expression Build(Expression member, object? value) => Expression.Not(positive.Build(member, value));
}
