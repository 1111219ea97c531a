namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary><c>ncontains</c>: the negation of <c>contains</c>; null strings match.</summary>
internal sealed class StringNotContainsHandler() : NegatedHandler(new StringContainsHandler(), "ncontains");
