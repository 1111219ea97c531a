namespace SolidarityGraph.Client;

/// <summary>The <c>data</c> of a response did not match the operation (reported as <see cref="ClientErrorCodes.ResponseShape"/>).</summary>
public sealed class ResponseShapeException(string message) : Exception(message);
