using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>gt</c>: greater than the value.</summary>
internal sealed class GreaterThanHandler() : ComparisonHandler("gt", ExpressionType.GreaterThan);
