using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Events;

/// <summary>A dated event: workshop, forum, fair, webinar …</summary>
internal sealed class EventType : NodeObjectType<Event>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Event> descriptor)
    {
        descriptor.Description("A dated event (workshop, training class, forum, fair, webinar, meeting or mobilisation) with its place, series and project.");
        descriptor.Reference<Event, Place>("place", e => e.PlaceId);
        descriptor.Reference<Event, EventSeries>("series", e => e.SeriesId);
        descriptor.Reference<Event, Project>("project", e => e.ProjectId);
        descriptor.Field(e => e.FeaturedExperiences)
            .Description("Experiences presented at the event (speakers' organisations and places), as the source lists them.")
            .IsStoredWhole();
    }
}

/// <summary>A series of events under one organiser.</summary>
internal sealed class EventSeriesType : NodeObjectType<EventSeries>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<EventSeries> descriptor)
    {
        descriptor.Description("A recurring series of events under one organiser, e.g. a training and workshop series.");
        descriptor.Reference<EventSeries, Organisation>("organiser", s => s.OrganiserId);
        descriptor.List<EventSeries, Event>("events", e => e.SeriesId).ListSize(assumedSize: ListSizes.Events);
    }
}

/// <summary>A training programme (not a dated event); its counts live in indicators.</summary>
internal sealed class TrainingType : NodeObjectType<Training>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Training> descriptor)
    {
        descriptor.Description("A training programme of a project (not a dated event); the people it trained are indicator values, never fields here.");
        descriptor.Reference<Training, Project>("project", t => t.ProjectId, required: true);
        descriptor.References<Training, Organisation>("deliveredBy", t => t.DeliveredByOrganisationIds);
        descriptor.References<Training, Event>("events", t => t.EventIds);
    }
}
