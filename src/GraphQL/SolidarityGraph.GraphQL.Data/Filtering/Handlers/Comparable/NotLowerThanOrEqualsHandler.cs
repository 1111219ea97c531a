namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>nlte</c>: the negation of <c>lte</c>; null members match.</summary>
internal sealed class NotLowerThanOrEqualsHandler() : NegatedHandler(new LowerThanOrEqualsHandler(), "nlte");
