using System.Linq.Expressions;
using System.Reflection;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary>A string operation that calls one <see cref="string"/> method (translated by EF Core to <c>LIKE</c>/<c>instr</c>).</summary>
internal sealed class StringMethodHandler(string name, string method) : IFilterOperationHandler
{
    private readonly MethodInfo _method = typeof(string).GetMethod(method, new[] { typeof(string) })!;

    public string Name { get; } = name;

    public bool Supports(FilterKind kind) => kind == FilterKind.String;

    public Expression Build(Expression member, object? value) =>
        FilterOperands.GuardNull(member, Expression.Call(member, _method, FilterOperands.NonNullValue(member, value, Name)));
}
