namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>ngte</c>: the negation of <c>gte</c>; null members match.</summary>
internal sealed class NotGreaterThanOrEqualsHandler() : NegatedHandler(new GreaterThanOrEqualsHandler(), "ngte");
