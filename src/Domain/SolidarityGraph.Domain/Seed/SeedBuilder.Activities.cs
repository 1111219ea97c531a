using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;

namespace SolidarityGraph.Domain.Seed;

// Event series, events, trainings and campaigns (DOMAIN.md §5.3 P1 and P4).
internal sealed partial class SeedBuilder
{
    private void BuildActivities()
    {
        foreach (var (scope, seed) in Records(_seed.EventSeries, "eventSeries"))
        {
            var organiserId = _keys.ResolveOptional(scope, seed.Organiser, "organiser", NodeKind.Organisation);
            Cite(scope, Add(scope, scope.Apply("title", () => new EventSeries(scope.Required(seed.Title, "title"), organiserId))), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Events, "events"))
        {
            var type = scope.Enum<EventType>(seed.Type, "type");
            var @event = scope.Apply("title", () => new Event(scope.Required(seed.Title, "title"), type));
            var start = scope.Date(seed.Start, "start");
            var end = scope.Date(seed.End, "end");
            scope.Apply("end", () => @event.Schedule(start, end));
            var placeId = _keys.ResolveOptional(scope, seed.Place, "place", NodeKind.Place);
            var seriesId = _keys.ResolveOptional(scope, seed.Series, "series", NodeKind.EventSeries);
            var projectId = _keys.ResolveOptional(scope, seed.Project, "project", NodeKind.Project);
            @event.Situate(placeId, online: false, seriesId, projectId);
            var experiences = (seed.FeaturedExperiences ?? []).Select((experience, i) => FeaturedExperience(scope, experience, $"featuredExperiences[{i}]")).ToArray();
            scope.Apply("audienceTypes", () => @event.Describe(seed.Objectives, seed.AudienceTypes, experiences, seed.GsefCategory));
            Cite(scope, Add(scope, @event), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.EventRoles, "eventRoles"))
        {
            var organisationId = _keys.Resolve(scope, seed.Organisation, "organisation", NodeKind.Organisation);
            var eventId = _keys.Resolve(scope, seed.Event, "event", NodeKind.Event);
            var role = scope.Enum<EventRoleKind>(seed.Role, "role");
            Cite(scope, Add(scope, scope.Apply("role", () => new EventRole(organisationId, eventId, role))), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Trainings, "trainings"))
        {
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            var targetGroup = scope.Enum<TrainingTargetGroup>(seed.TargetGroup, "targetGroup");
            var training = scope.Apply("title", () => new Training(projectId, scope.Required(seed.Title, "title"), targetGroup));
            var providers = (seed.DeliveredBy ?? []).Select((key, i) => _keys.Resolve(scope, key, $"deliveredBy[{i}]", NodeKind.Organisation)).ToArray();
            scope.Apply("topics", () => training.Describe(seed.Topics, providers));
            Cite(scope, Add(scope, training), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Campaigns, "campaigns"))
        {
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            var campaign = scope.Apply("name", () => new Campaign(projectId, scope.Required(seed.Name, "name"), seed.NameOriginal));
            var launchEventId = _keys.ResolveOptional(scope, seed.LaunchEvent, "launchEvent", NodeKind.Event);
            var materials = (seed.Materials ?? []).Select((material, i) => new CampaignMaterial(
                scope.Enum<MaterialType>((material ?? throw scope.Error($"materials[{i}]", "is null; expected an object.")).Type, $"materials[{i}].type"),
                material.Title)).ToArray();
            scope.Apply("materials", () => campaign.Describe(seed.Aims, launchEventId, materials, seed.Audiences));
            Cite(scope, Add(scope, campaign), seed.Citations);
        }
    }

    private FeaturedExperience FeaturedExperience(RecordScope scope, SeedFeaturedExperience? seed, string field)
    {
        if (seed is null)
        {
            throw scope.Error(field, "is null; expected an object.");
        }

        return new FeaturedExperience(
            scope.Required(seed.Label, field + ".label"),
            _keys.ResolveOptional(scope, seed.Organisation, field + ".organisation", NodeKind.Organisation),
            _keys.ResolveOptional(scope, seed.Place, field + ".place", NodeKind.Place));
    }
}
