using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Seed;

// Results, indicators with their reported values (DOMAIN.md §5.5) and curated classifications (§5.8).
internal sealed partial class SeedBuilder
{
    private void BuildResults()
    {
        foreach (var (scope, seed) in Records(_seed.Results, "results"))
        {
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            var type = scope.OptionalEnum<ResultType>(seed.Type, "type") ?? ResultType.Output;
            Cite(scope, Add(scope, scope.Apply("title", () => new Result(projectId, scope.Required(seed.Title, "title"), type, seed.Component))), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Indicators, "indicators"))
        {
            var resultId = _keys.Resolve(scope, seed.Result, "result", NodeKind.Result);
            var measure = scope.OptionalEnum<IndicatorMeasure>(seed.Measure, "measure") ?? IndicatorMeasure.Unit;
            var indicator = scope.Apply("code", () => new Indicator(resultId, scope.Required(seed.Code, "code"), scope.Required(seed.Title, "title"), measure));
            var subject = seed.Subject is null ? null : _keys.Subject(scope, seed.Subject, "subject");
            scope.Apply("unitLabel", () => indicator.Describe(seed.UnitLabel, seed.Ascending ?? true, subject));
            Add(scope, indicator);
            Cite(scope, indicator, seed.Citations, required: false);

            var values = scope.NonEmpty(seed.Values, "values");
            foreach (var (valueScope, value) in Nested(scope, values, "values"))
            {
                BuildIndicatorValue(valueScope, indicator.Id, value);
            }
        }
    }

    private void BuildIndicatorValue(RecordScope scope, string indicatorId, SeedIndicatorValue seed)
    {
        var kind = scope.Enum<IndicatorValueKind>(seed.Kind, "kind");
        var number = scope.Required(scope.Decimal(scope.Required(seed.Value, "value"), "value"), "value");
        var comparator = scope.Enum<Comparator>(seed.Comparator, "comparator");
        var value = scope.Apply("value", () => new IndicatorValue(indicatorId, kind, number, comparator));
        var dimensions = (seed.Dimensions ?? []).Select((dimension, i) => scope.Apply($"dimensions[{i}]", () => new Dimension(
            (dimension ?? throw scope.Error($"dimensions[{i}]", "is null; expected an object.")).Name!, dimension.Value!))).ToArray();
        var placeId = _keys.ResolveOptional(scope, seed.Place, "place", NodeKind.Place);
        var asOf = scope.Date(seed.AsOf, "asOf");
        scope.Apply("asOf", () => value.Qualify(asOf: asOf, dimensions: dimensions, placeId: placeId, comment: seed.Comment));
        Cite(scope, Add(scope, value), seed.Citations);
    }

    private void BuildClassifications()
    {
        foreach (var (scope, seed) in Records(_seed.Classifications, "classifications"))
        {
            var subject = _keys.Subject(scope, seed.Subject, "subject");
            var scheme = scope.Enum<ClassificationScheme>(seed.Scheme, "scheme");
            var assertion = scope.Enum<AssertionKind>(seed.Assertion, "assertion");
            var curated = assertion == AssertionKind.Curated;
            var rationale = seed.Citations?.Select(c => c?.Rationale).FirstOrDefault(r => r is not null);
            var classification = scope.Apply("code", () => new Classification(
                subject, scheme, scope.Required(seed.Code, "code"), assertion, curated ? Curator(scope, "assertion") : null, rationale));
            var percentage = scope.Decimal(seed.Percentage, "percentage");
            scope.Apply("percentage", () => classification.Weigh(percentage, seed.Significance));
            Cite(scope, Add(scope, classification), seed.Citations);
        }
    }
}
