using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>lt</c>: lower than the value.</summary>
internal sealed class LowerThanHandler() : ComparisonHandler("lt", ExpressionType.LessThan);
