namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary><c>startsWith</c>: the string starts with the value; null strings never match.</summary>
internal sealed class StringStartsWithHandler() : StringMethodHandler("startsWith", nameof(string.StartsWith));
