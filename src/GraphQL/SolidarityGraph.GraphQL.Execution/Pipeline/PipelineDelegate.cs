namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>One step of the request pipeline: does its phase and calls the next step, or ends the request.</summary>
/// <param name="context">The request in progress.</param>
public delegate ValueTask PipelineDelegate(RequestContext context);
