namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary><c>nendsWith</c>: the negation of <c>endsWith</c>; null strings match.</summary>
internal sealed class StringNotEndsWithHandler() : NegatedHandler(new StringEndsWithHandler(), "nendsWith");
