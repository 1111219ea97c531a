using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Indicators;

/// <summary>An indicator of a result (public aggregate, A): reported values with their comparators and citations.</summary>
internal sealed class IndicatorType : NodeObjectType<Indicator>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Indicator> descriptor)
    {
        descriptor.Description("What a project result counts or measures (e.g. `SG:WOMEN_TRAINED`), with its unit and direction; the numbers are its reported values.");
        descriptor.Reference<Indicator, Result>("result", i => i.ResultId, required: true);
        descriptor.Ignore(i => i.Subject);
        descriptor.Field("subject")
            .Type("Node")
            .Description("What the indicator counts about: a training, campaign, event, organisation or project.")
            .Resolve(context => SubjectResolvers.LoadAsync(context, ((Indicator)context.Parent!).Subject))
            .Requires(nameof(Indicator.Subject));
        descriptor.Field(i => i.Derivation).Authorize(Policies.Steward).Description("How observed counts are derived from steward-only rows (internal).");
        descriptor.List<Indicator, IndicatorValue>("values", v => v.IndicatorId).Description("Reported values (baseline, target, actual, context), each with citations.");
    }
}

/// <summary>One reported value; the comparator keeps the source's wording («About 303» → APPROX).</summary>
internal sealed class IndicatorValueType : NodeObjectType<IndicatorValue>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<IndicatorValue> descriptor)
    {
        descriptor.Description("One number a source reports for an indicator (baseline, target, actual or context). `comparator` keeps the source's wording: «about 303» is APPROX, «more than 20,573» is GT. Every value has at least one citation.");
        descriptor.Reference<IndicatorValue, Indicator>("indicator", v => v.IndicatorId, required: true);
        descriptor.Reference<IndicatorValue, Place>("place", v => v.PlaceId);
        descriptor.Field(v => v.Dimensions)
            .Description("The breakdown this value belongs to (e.g. sex = female, age = 15–29); empty for a total.")
            .IsStoredWhole();
        descriptor.Field(v => v.IsLowerBound)
            .Description("True for APPROX, GT and GTE values: the true number may be higher.")
            .IsFilterable(false)
            .IsSortable(false);
    }
}

/// <summary><c>enum IndicatorGrouping { COUNTRY YEAR FUNDER }</c>.</summary>
internal sealed class IndicatorGroupingType : EnumType<IndicatorGrouping>
{
}

/// <summary>A group of <c>indicatorTotals</c>.</summary>
internal sealed class IndicatorTotalGroupType : ObjectType<IndicatorTotalGroup>
{
    protected override void Configure(IObjectTypeDescriptor<IndicatorTotalGroup> descriptor)
    {
        descriptor.Description("A sum of reported values of one indicator code. Never mixes codes; a lower bound when any value is approximate or \"more than\".");
        descriptor.Field(g => g.IsLowerBound).Description("True when any summed value is APPROX, GT or GTE: the true total may be higher.");
    }
}
