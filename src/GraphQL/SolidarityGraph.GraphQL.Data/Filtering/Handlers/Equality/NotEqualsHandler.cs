namespace SolidarityGraph.GraphQL.Data.Filtering.Handlers.Equality;

/// <summary><c>neq</c>: not equal to the value; <c>neq: null</c> matches non-nulls.</summary>
internal sealed class NotEqualsHandler() : NegatedHandler(new EqualsHandler(), "neq");
