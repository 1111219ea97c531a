namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>nlt</c>: the negation of <c>lt</c>; null members match.</summary>
internal sealed class NotLowerThanHandler() : NegatedHandler(new LowerThanHandler(), "nlt");
