namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary><c>endsWith</c>: the string ends with the value; null strings never match.</summary>
internal sealed class StringEndsWithHandler() : StringMethodHandler("endsWith", nameof(string.EndsWith));
