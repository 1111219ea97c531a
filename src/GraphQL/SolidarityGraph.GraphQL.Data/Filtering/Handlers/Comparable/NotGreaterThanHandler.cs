namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Comparable;

/// <summary><c>ngt</c>: the negation of <c>gt</c>; null members match.</summary>
internal sealed class NotGreaterThanHandler() : NegatedHandler(new GreaterThanHandler(), "ngt");
