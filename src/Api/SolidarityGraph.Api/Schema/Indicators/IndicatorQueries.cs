using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>Root fields of the Indicators feature.</summary>
public static class IndicatorQueries
{
    /// <summary>Adds <c>indicators</c>, <c>indicatorValues</c> and <c>indicatorTotals</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("indicators", db => db.Indicators).Description("What project results count or measure, e.g. `SG:WOMEN_TRAINED`; see `indicatorTotals` for sums across projects.");
        query.Connection("indicatorValues", db => db.IndicatorValues).Description("Every number reported by a source for an indicator (baseline, target, actual or context), each with its citation.");
        query.Field("indicatorTotals")
            .Type("[IndicatorTotalGroup!]!")
            .Argument("code", a => a.Type("String!").Description("The indicator code, e.g. `SG:WOMEN_TRAINED`; different codes are never summed."))
            .Argument("groupBy", a => a.Type("IndicatorGrouping").Description("Omit for one grand total."))
            .Argument("kind", a => a.Type("IndicatorValueKind!").DefaultValue(IndicatorValueKind.Actual))
            .Description("Sums reported values of one indicator code. A total that includes an APPROX, GT or GTE value is a lower bound (`isLowerBound`).")
            .Resolve(context => IndicatorTotalsResolver.ResolveAsync(
                context,
                context.GetArgument<string>("code"),
                context.GetArgument<IndicatorGrouping?>("groupBy"),
                context.GetArgument<IndicatorValueKind>("kind")));
    }
}
