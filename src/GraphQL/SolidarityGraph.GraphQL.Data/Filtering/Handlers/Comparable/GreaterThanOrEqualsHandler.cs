using System.Linq.Expressions;

namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>gte</c>: greater than or equal to the value.</summary>
internal sealed class GreaterThanOrEqualsHandler() : ComparisonHandler("gte", ExpressionType.GreaterThanOrEqual);
