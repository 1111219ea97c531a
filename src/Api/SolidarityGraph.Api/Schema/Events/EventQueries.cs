using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Events;

/// <summary>Root fields of the Events feature (events, series, trainings).</summary>
public static class EventQueries
{
    /// <summary>Adds <c>events</c>, <c>eventSeries</c> and <c>trainings</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("events", db => db.Events).Description("Dated events: workshops, training classes, forums, fairs, webinars, meetings and mobilisations.");
        query.Connection("eventSeries", db => db.EventSeries).Description("Recurring series of events under one organiser.");
        query.Connection("trainings", db => db.Trainings).Description("Training programmes of projects; how many people they trained is reported in their indicators.");
    }
}
