using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>A project, programme or documented practice; the IATI activity (DOMAIN.md §4.3).</summary>
public sealed class Project : EntityBase
{
    private readonly List<ExternalId> _externalIds = [];

    private Project()
    {
        Title = TitleLanguage = string.Empty;
        AlternativeTitles = [];
        Objectives = Components = [];
        Dates = [];
    }

    /// <summary>Creates a project with its required title (in <paramref name="titleLanguage"/>) and kind.</summary>
    public Project(string title, ProjectKind kind, string titleLanguage = "en")
    {
        Title = Guard.Required(title, "Project title");
        TitleLanguage = LanguageCode.Require(titleLanguage, "Project title language");
        Kind = kind;
        AlternativeTitles = [];
        Objectives = Components = [];
        Dates = [];
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Project;

    /// <summary>Title in <see cref="TitleLanguage"/>.</summary>
    public string Title { get; private set; }

    /// <summary>ISO 639-1 language of <see cref="Title"/>.</summary>
    public string TitleLanguage { get; private set; }

    /// <summary>The title in other languages (e.g. the Spanish original).</summary>
    public IReadOnlyList<LocalizedText> AlternativeTitles { get; private set; }

    /// <summary>Kind of undertaking.</summary>
    public ProjectKind Kind { get; private set; }

    /// <remarks>Free text; null when the source gives none.</remarks>
    public string? Description { get; private set; }

    /// <summary>Objectives, verbatim where the source states them.</summary>
    public IReadOnlyList<string> Objectives { get; private set; }

    /// <summary>Components or axes, e.g. «Axis 2 municipal public policies».</summary>
    public IReadOnlyList<string> Components { get; private set; }

    /// <summary>IATI activity status as of <see cref="StatusAsOf"/>.</summary>
    public ActivityStatus? Status { get; private set; }

    /// <summary>When the status was true (the source's date).</summary>
    public PartialDate? StatusAsOf { get; private set; }

    /// <summary>IATI activity dates.</summary>
    public IReadOnlyList<ProjectDate> Dates { get; private set; }

    /// <summary>IATI activity scope.</summary>
    public ActivityScope? Scope { get; private set; }

    /// <summary>Parent project or programme.</summary>
    public string? ParentId { get; private set; }

    /// <summary>Target-group description as project-level text; never attached to persons.</summary>
    public string? TargetGroupText { get; private set; }

    /// <summary>Number of municipalities covered, when stated.</summary>
    public int? MunicipalityCount { get; private set; }

    /// <summary>IATI activity identifier.</summary>
    public string? IatiIdentifier { get; private set; }

    /// <summary>GSEF category as written.</summary>
    public string? GsefCategory { get; private set; }

    /// <summary>Identifiers of this project in other systems.</summary>
    public IReadOnlyCollection<ExternalId> ExternalIds => _externalIds;

    /// <summary>IATI needs a status and at least one activity date (DOMAIN.md §1.6 b).</summary>
    public bool Exportable => Status is not null && Dates.Count > 0;

    /// <summary>
    /// Replaces the whole editable state at once: the admin's edit form and the <c>updateProject</c> mutation both
    /// edit through here. Every rule is checked against the new state before anything changes, so a range moved
    /// forward (2020–2021 to 2022–2023) is never compared with the old bounds. A broken rule is an
    /// <see cref="InvalidDetailException"/> naming the detail at fault, and the project is left as it was.
    /// </summary>
    public Project Edit(ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = InvalidDetailException.Check(nameof(details.Title), () => Guard.Required(details.Title, "Project title"));
        var titleLanguage = InvalidDetailException.Check(
            nameof(details.TitleLanguage), () => LanguageCode.Require(details.TitleLanguage, "Project title language"));
        var dates = details.Dates();
        InvalidDetailException.Check(nameof(details.PlannedEnd), () => CheckOrder(dates, ActivityDateType.PlannedStart, ActivityDateType.PlannedEnd));
        InvalidDetailException.Check(nameof(details.ActualEnd), () => CheckOrder(dates, ActivityDateType.ActualStart, ActivityDateType.ActualEnd));
        InvalidDetailException.Check(nameof(details.MunicipalityCount), () => CheckMunicipalityCount(details.MunicipalityCount));
        var parentId = InvalidDetailException.Check(nameof(details.ParentId), () => CheckParent(details.ParentId));

        (Title, TitleLanguage, AlternativeTitles) = (title, titleLanguage, [.. details.AlternativeTitles]);
        Describe(details.Description, details.Objectives, details.Components, details.TargetGroupText, details.GsefCategory);
        SetStatus(details.Status, details.StatusAsOf);
        Dates = dates;
        (Scope, MunicipalityCount, IatiIdentifier) = (details.Scope, details.MunicipalityCount, Guard.Optional(details.IatiIdentifier));
        ParentId = parentId;
        ReplaceExternalIds(details.ExternalIds);
        return this;
    }

    /// <summary>Changes the title and optionally the other-language titles.</summary>
    public Project Retitle(string title, string titleLanguage = "en", IEnumerable<LocalizedText>? alternativeTitles = null)
    {
        Title = Guard.Required(title, "Project title");
        TitleLanguage = LanguageCode.Require(titleLanguage, "Project title language");
        AlternativeTitles = alternativeTitles?.ToArray() ?? [];
        return this;
    }

    /// <summary>Sets the descriptive texts.</summary>
    public Project Describe(string? description = null, IEnumerable<string>? objectives = null,
        IEnumerable<string>? components = null, string? targetGroupText = null, string? gsefCategory = null)
    {
        Description = Guard.Optional(description);
        Objectives = Guard.TextList(objectives);
        Components = Guard.TextList(components);
        TargetGroupText = Guard.Optional(targetGroupText);
        GsefCategory = Guard.Optional(gsefCategory);
        return this;
    }

    /// <summary>Sets the status as of a date.</summary>
    public Project SetStatus(ActivityStatus? status, PartialDate? asOf = null)
    {
        Status = status;
        StatusAsOf = asOf;
        return this;
    }

    /// <summary>Sets or replaces the date of the given type; a start after its end is rejected.</summary>
    public Project SetDate(ActivityDateType type, PartialDate? date)
    {
        var candidate = Dates.Where(d => d.Type != type).ToList();
        if (date is not null)
        {
            candidate.Add(new ProjectDate(type, date));
        }

        CheckOrder(candidate, ActivityDateType.PlannedStart, ActivityDateType.PlannedEnd);
        CheckOrder(candidate, ActivityDateType.ActualStart, ActivityDateType.ActualEnd);
        Dates = [.. candidate.OrderBy(d => d.Type)]; // a new list, so change tracking sees the edit
        return this;
    }

    /// <summary>The date of the given type, if set.</summary>
    public PartialDate? DateOf(ActivityDateType type) => Dates.FirstOrDefault(d => d.Type == type)?.Date;

    /// <summary>Sets scope, size and external identifiers used by exports.</summary>
    public Project SetReporting(ActivityScope? scope = null, int? municipalityCount = null, string? iatiIdentifier = null)
    {
        CheckMunicipalityCount(municipalityCount);
        Scope = scope;
        MunicipalityCount = municipalityCount;
        IatiIdentifier = Guard.Optional(iatiIdentifier);
        return this;
    }

    /// <summary>Places the project under a programme.</summary>
    public Project SetParent(string? parentId)
    {
        ParentId = CheckParent(parentId);
        return this;
    }

    /// <summary>Adds an external identifier unless the same one is present.</summary>
    public Project AddExternalId(ExternalId externalId)
    {
        if (!_externalIds.Contains(externalId))
        {
            _externalIds.Add(externalId);
        }

        return this;
    }

    // Keeps the identifiers still listed and adds the new ones, so an unchanged identifier is not deleted and re-added.
    private void ReplaceExternalIds(IEnumerable<ExternalId> externalIds)
    {
        var wanted = externalIds.Distinct().ToList();
        _externalIds.RemoveAll(id => !wanted.Contains(id));
        foreach (var id in wanted)
        {
            AddExternalId(id);
        }
    }

    private static void CheckMunicipalityCount(int? municipalityCount)
    {
        if (municipalityCount is < 0)
        {
            throw new DomainException(
                DomainErrorCodes.OutOfRange, $"Municipality count must not be negative, got {municipalityCount}.");
        }
    }

    private string? CheckParent(string? parentId)
    {
        var id = Guard.OptionalId(parentId, "Parent project id");
        Guard.NotSelf(Id, id, $"Project {Id} cannot be its own parent.");
        return id;
    }

    private static void CheckOrder(IReadOnlyList<ProjectDate> dates, ActivityDateType startType, ActivityDateType endType) =>
        Guard.Ordered(
            dates.FirstOrDefault(d => d.Type == startType)?.Date,
            dates.FirstOrDefault(d => d.Type == endType)?.Date,
            $"{startType} date",
            $"{endType} date");
}
