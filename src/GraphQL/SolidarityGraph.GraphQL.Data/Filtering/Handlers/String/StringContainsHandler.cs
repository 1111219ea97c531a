namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.String;

/// <summary><c>contains</c>: the string contains the value (case as the database compares); null strings never match.</summary>
internal sealed class StringContainsHandler() : StringMethodHandler("contains", nameof(string.Contains));
