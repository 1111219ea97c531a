using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering;

/// <summary>
/// One filter operation (<c>eq</c>, <c>startsWith</c>, <c>gt</c> …): the input field it adds to operation filter inputs
/// and the predicate it builds. Listed in <see cref="FilterHandlers"/>; the classes are in <c>Handlers/</c>.
/// </summary>
internal interface IFilterOperationHandler
{
    /// <summary>The input field name, e.g. <c>startsWith</c>.</summary>
    string Name { get; }

    /// <summary>Whether members of <paramref name="kind"/> offer the operation.</summary>
    bool Supports(FilterKind kind);

    /// <summary>Whether the input field takes a list of values (<c>in</c>, <c>nin</c>).</summary>
    bool TakesList => false;

    /// <summary>The predicate over <paramref name="member"/> (typed as the member) for the coerced <paramref name="value"/>.</summary>
    /// <exception cref="FilterException">The value cannot be applied.</exception>
    Expression Build(Expression member, object? value);
}

/// <summary>A filter value that cannot be applied; reported as <see cref="DataErrorCodes.InvalidFilter"/>.</summary>
internal sealed class FilterException(string message) : Exception(message);
