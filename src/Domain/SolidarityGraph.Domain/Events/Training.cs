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

    /// <remarks>Required and fixed at creation: a training belongs to one project.</remarks>
    public string ProjectId { get; private set; }

    /// <remarks>Required, as the source names the programme.</remarks>
    public string Title { get; private set; }

    /// <summary>Topics, verbatim, e.g. «Food: Bakery/Pastry and Cooking».</summary>
    public IReadOnlyList<string> Topics { get; private set; }

    /// <summary>Who the training is for.</summary>
    public TrainingTargetGroup TargetGroup { get; private set; }

    /// <summary>Organisations that deliver it.</summary>
    public IReadOnlyList<string> DeliveredByOrganisationIds { get; private set; }

    /// <summary>Dated sessions of the programme.</summary>
    public IReadOnlyList<string> EventIds { get; private set; }

    /// <summary>
    /// Replaces the whole editable state at once (the one edit path of the admin and the training mutations); a broken
    /// rule names its detail and changes nothing. The project is fixed at creation.
    /// </summary>
    public Training Edit(TrainingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = InvalidDetailException.Check(nameof(details.Title), () => Guard.Required(details.Title, "Training title"));
        var providers = InvalidDetailException.Check(nameof(details.DeliveredByIds),
            () => details.DeliveredByIds.Select(id => Guard.RequiredId(id, "Training provider id")).Distinct(StringComparer.Ordinal).ToArray());
        var sessions = InvalidDetailException.Check(nameof(details.EventIds),
            () => details.EventIds.Select(id => Guard.RequiredId(id, "Training event id")).Distinct(StringComparer.Ordinal).ToArray());

        (Title, TargetGroup, Topics) = (title, details.TargetGroup, Guard.TextList(details.Topics));
        (DeliveredByOrganisationIds, EventIds) = (providers, sessions);
        return this;
    }

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
