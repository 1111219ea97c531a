using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Schema.Events;

/// <summary>Root fields of the Events feature (events, series, trainings).</summary>
public static class EventQueries
{
    /// <summary>Adds <c>events</c>, <c>eventSeries</c> and <c>trainings</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query)
    {
        query.Connection("events", db => db.Events);
        query.Connection("eventSeries", db => db.EventSeries);
        query.Connection("trainings", db => db.Trainings);
    }
}
