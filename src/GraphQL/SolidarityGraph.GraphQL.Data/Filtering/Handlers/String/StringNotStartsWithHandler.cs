namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary><c>nstartsWith</c>: the negation of <c>startsWith</c>; null strings match.</summary>
internal sealed class StringNotStartsWithHandler() : NegatedHandler(new StringStartsWithHandler(), "nstartsWith");
