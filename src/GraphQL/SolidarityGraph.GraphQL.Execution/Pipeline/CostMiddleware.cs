using System.Globalization;
using SolidarityGraph.GraphQL.Errors;

namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// Decides, once the cost of a request is known and before it executes, the caller's maximum and whether it may
/// spend that much (rate limits, budgets). Registered among the request services; without one, every caller gets
/// <see cref="CostOptions.MaxCost"/> and no budget.
/// </summary>
public interface IRequestCostPolicy
{
    /// <summary>The caller's maximum cost per operation, or <see langword="null"/> for <see cref="CostOptions.MaxCost"/>.</summary>
    double? MaximumCost(RequestContext context);

    /// <summary>
    /// Charges <paramref name="cost"/> to the caller; returns an error (the request ends as
    /// <see cref="RequestOutcome.RateLimited"/>, nothing executes) when the caller may not spend it now.
    /// </summary>
    ValueTask<GraphQLError?> ChargeAsync(RequestContext context, double cost);
}

/// <summary>
/// Computes the operation's static cost (<see cref="OperationCostAnalyzer"/>), refuses it above the caller's maximum
/// with <see cref="RequestErrorCodes.MaxCost"/>, charges it through the <see cref="IRequestCostPolicy"/>, and reports
/// it in <c>extensions.cost</c> when asked. Runs after the operation limits, so the analysis walks a bounded document.
/// </summary>
internal sealed class CostMiddleware(PipelineDelegate next, CostOptions options)
{
    public async ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Operation is not { } operation)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var policy = context.Services.GetService(typeof(IRequestCostPolicy)) as IRequestCostPolicy;
        var cost = CostOf(context, operation);
        var maximum = policy?.MaximumCost(context) ?? options.MaxCost;
        context.Cost = cost;
        context.MaximumCost = maximum;
        if (cost > maximum)
        {
            var error = new GraphQLError(
                $"The operation costs {Format(cost)}, more than the maximum of {Format(maximum)}; ask for fewer items (first/last) or fewer nested lists.",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [GraphQLError.CodeKey] = RequestErrorCodes.MaxCost,
                    ["cost"] = cost,
                    ["maximumCost"] = maximum,
                });
            context.Fail(RequestOutcome.RequestError, error);
        }
        else if (policy is not null && await policy.ChargeAsync(context, cost).ConfigureAwait(false) is { } refusal)
        {
            context.Fail(RequestOutcome.RateLimited, refusal);
        }
        else
        {
            await next(context).ConfigureAwait(false);
        }

        if ((options.ReportInExtensions || context.Request.ReportCost) && context.Result is { } result)
        {
            result.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            result.Extensions["cost"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["requestedQueryCost"] = cost,
                ["maximumAvailable"] = maximum,
            };
        }
    }

    // The cost of an operation whose variables do not affect it is computed once per prepared operation.
    private double CostOf(RequestContext context, Language.Ast.OperationDefinitionNode operation)
    {
        if (context.PreparedOperation?.StaticCost is { } known)
        {
            return known;
        }

        var cost = OperationCostAnalyzer.Compute(context.Schema, context.Document!, operation, context.Request.Variables, options, out var readVariables);
        if (!readVariables && context.PreparedOperation is { } prepared)
        {
            prepared.StaticCost = cost;
        }

        return cost;
    }

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
