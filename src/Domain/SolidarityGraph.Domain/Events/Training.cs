using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Events;

/// <summary>
/// A training programme, not a dated event (DOMAIN.md §4.3). Counts of people trained are indicator values,
/// never fields here.
/// </summary>
public sealed class Training : EntityBase
{
    private Training()
    {
        ProjectId = Title = string.Empty;
        Topics = DeliveredByOrganisationIds = EventIds = [];
    }

    /// <summary>Creates a training programme.</summary>
    public Training(string projectId, string title, TrainingTargetGroup targetGroup)
    {
        ProjectId = Guard.RequiredId(projectId, "Training project id");
        Title = Guard.Required(title, "Training title");
        TargetGroup = targetGroup;
        Topics = DeliveredByOrganisationIds = EventIds = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Training;

    /// <summary>The project.</summary>
    public string ProjectId { get; private set; }

    /// <summary>Title.</summary>
    public string Title { get; private set; }

    /// <summary>Topics, verbatim, e.g. «Food: Bakery/Pastry and Cooking».</summary>
    public IReadOnlyList<string> Topics { get; private set; }

    /// <summary>Who the training is for.</summary>
    public TrainingTargetGroup TargetGroup { get; private set; }

    /// <summary>Organisations that deliver it.</summary>
    public IReadOnlyList<string> DeliveredByOrganisationIds { get; private set; }

    /// <summary>Dated sessions of the programme.</summary>
    public IReadOnlyList<string> EventIds { get; private set; }

    /// <summary>Corrects the title and the target group; the project is fixed at creation.</summary>
    public Training Retitle(string title, TrainingTargetGroup targetGroup)
    {
        Title = Guard.Required(title, "Training title");
        TargetGroup = targetGroup;
        return this;
    }

    /// <summary>Sets topics, providers and sessions.</summary>
    public Training Describe(IEnumerable<string>? topics = null, IEnumerable<string>? deliveredByOrganisationIds = null,
        IEnumerable<string>? eventIds = null)
    {
        Topics = Guard.TextList(topics);
        DeliveredByOrganisationIds = deliveredByOrganisationIds?.Select(id => Guard.RequiredId(id, "Training provider id")).ToArray() ?? [];
        EventIds = eventIds?.Select(id => Guard.RequiredId(id, "Training event id")).ToArray() ?? [];
        return this;
    }
}
