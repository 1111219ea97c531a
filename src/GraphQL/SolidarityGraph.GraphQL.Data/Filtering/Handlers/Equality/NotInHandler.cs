namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Equality;

/// <summary><c>nin</c>: equal to none of the listed values.</summary>
internal sealed class NotInHandler() : NegatedHandler(new InHandler(), "nin");
