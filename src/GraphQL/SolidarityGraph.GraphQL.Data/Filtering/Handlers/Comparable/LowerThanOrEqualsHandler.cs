using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>lte</c>: lower than or equal to the value.</summary>
internal sealed class LowerThanOrEqualsHandler() : ComparisonHandler("lte", ExpressionType.LessThanOrEqual);
