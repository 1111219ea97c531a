using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Seed;

/// <summary>
/// Turns a <see cref="SeedFile"/> into entities with ids derived from their stable keys, validating every field and
/// reference on the way. Nothing touches the database here, so a malformed file fails before any write.
/// </summary>
internal sealed partial class SeedBuilder
{
    private const int SupportedVersion = 1;

    private readonly string _file;
    private readonly SeedFile _seed;
    private readonly SeedKeys _keys = new();
    private readonly List<EntityBase> _entities = [];
    private readonly List<Citation> _citations = [];
    private string? _curator;
    private DateTime _curatedAt;

    private SeedBuilder(SeedFile seed, string file)
    {
        _seed = seed;
        _file = file;
    }

    /// <summary>All entities of the file, citations last; throws <see cref="SeedException"/> on the first problem.</summary>
    public static IReadOnlyList<EntityBase> Build(SeedFile seed, string file)
    {
        var builder = new SeedBuilder(seed, file);
        builder.ReadHeader();
        builder.DeclareKeys();
        builder.BuildActors();
        builder.BuildProjects();
        builder.BuildActivities();
        builder.BuildResults();
        builder.BuildClassifications();
        return [.. builder._entities, .. builder._citations];
    }

    private void ReadHeader()
    {
        var header = new RecordScope(_file, "(document)", null);
        if (_seed.Version != SupportedVersion)
        {
            throw header.Error("version", $"must be {SupportedVersion}, got {(_seed.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing")}.");
        }

        header.NonEmpty(_seed.Sources, "sources");
        if (_seed.Curation is { } curation)
        {
            var scope = new RecordScope(_file, "curation", null);
            _curator = scope.Required(curation.Curator, "curator");
            _curatedAt = scope.Timestamp(curation.CuratedAt, "curatedAt");
        }
    }

    private void DeclareKeys()
    {
        Declare(_seed.Sources, "sources", NodeKind.Source);
        Declare(_seed.Places, "places", NodeKind.Place);
        Declare(_seed.Organisations, "organisations", NodeKind.Organisation);
        Declare(_seed.PublicContacts, "publicContacts", NodeKind.PublicContact);
        Declare(_seed.Affiliations, "affiliations", NodeKind.Affiliation);
        Declare(_seed.Memberships, "memberships", NodeKind.Membership);
        Declare(_seed.Projects, "projects", NodeKind.Project);
        Declare(_seed.Participations, "participations", NodeKind.Participation);
        Declare(_seed.ProjectLocations, "projectLocations", NodeKind.ProjectLocation);
        Declare(_seed.ProjectRoles, "projectRoles", NodeKind.ProjectRole);
        Declare(_seed.Budgets, "budgets", NodeKind.Budget);
        Declare(_seed.Fundings, "fundings", NodeKind.Funding);
        Declare(_seed.Agreements, "agreements", NodeKind.Agreement);
        Declare(_seed.EventSeries, "eventSeries", NodeKind.EventSeries);
        Declare(_seed.Events, "events", NodeKind.Event);
        Declare(_seed.EventRoles, "eventRoles", NodeKind.EventRole);
        Declare(_seed.Trainings, "trainings", NodeKind.Training);
        Declare(_seed.Campaigns, "campaigns", NodeKind.Campaign);
        Declare(_seed.Results, "results", NodeKind.Result);
        Declare(_seed.Indicators, "indicators", NodeKind.Indicator);
        foreach (var (scope, indicator) in Records(_seed.Indicators, "indicators"))
        {
            foreach (var (valueScope, _) in Nested(scope, indicator.Values, "values"))
            {
                _keys.Declare(valueScope, NodeKind.IndicatorValue);
            }
        }

        Declare(_seed.Classifications, "classifications", NodeKind.Classification);
    }

    private void Declare<T>(List<T>? records, string name, NodeKind kind) where T : SeedRecord
    {
        foreach (var (scope, _) in Records(records, name))
        {
            _keys.Declare(scope, kind);
        }
    }

    /// <summary>The records of a top-level list with their scopes; a null element is an error.</summary>
    private IEnumerable<(RecordScope Scope, T Record)> Records<T>(List<T>? records, string name) where T : SeedRecord =>
        (records ?? []).Select((record, index) =>
            (new RecordScope(_file, $"{name}[{index}]", record?.Id), record ?? throw new SeedException(_file, $"{name}[{index}]", "(record)", "is null; expected an object.")));

    /// <summary>The records of a list nested in <paramref name="parent"/>.</summary>
    private static IEnumerable<(RecordScope Scope, T Record)> Nested<T>(RecordScope parent, List<T>? records, string name) where T : SeedRecord =>
        (records ?? []).Select((record, index) =>
            (parent.Nested($"{name}[{index}]", record?.Id), record ?? throw parent.Error($"{name}[{index}]", "is null; expected an object.")));

    /// <summary>Gives <paramref name="entity"/> the id derived from the record's key and queues it for insertion.</summary>
    private T Add<T>(RecordScope scope, T entity) where T : EntityBase
    {
        entity.AssignId(SeedKeys.IdOf(scope.Key!));
        _entities.Add(entity);
        return entity;
    }

    /// <summary>Adds the record's citations to <paramref name="subject"/>; most records must cite at least one quote.</summary>
    private void Cite(RecordScope scope, EntityBase subject, List<SeedCitation>? citations, bool required = true)
    {
        if (required)
        {
            scope.NonEmpty(citations, "citations");
        }

        for (var i = 0; i < (citations?.Count ?? 0); i++)
        {
            AddCitation(scope, subject.AsSubject(), citations![i], $"citations[{i}]");
        }
    }

    /// <summary>Adds one citation; its id derives from the record key and <paramref name="field"/>.</summary>
    private Citation AddCitation(RecordScope scope, SubjectRef subject, SeedCitation? seed, string field)
    {
        if (seed is null)
        {
            throw scope.Error(field, "is null; expected a citation object.");
        }

        var sourceId = _keys.Resolve(scope, seed.Source, field + ".source", NodeKind.Source);
        var quote = scope.Required(seed.Quote, field + ".quote");
        var supports = scope.NonEmpty(seed.Supports, field + ".supports").ToArray();
        var assertion = scope.Enum<AssertionKind>(seed.Assertion, field + ".assertion");
        var citation = assertion switch
        {
            AssertionKind.Derived => scope.Apply(field, () => Citation.Derived(
                subject, sourceId, quote, scope.Required(seed.Rationale, field + ".rationale"), supports)),
            AssertionKind.Curated => scope.Apply(field, () => Citation.Curated(
                subject, sourceId, quote, Curator(scope, field), scope.Required(seed.Rationale, field + ".rationale"), _curatedAt, supports)),
            AssertionKind.Normalised => scope.Apply(field, () => Citation.Normalised(subject, sourceId, quote, supports)),
            _ => scope.Apply(field, () => Citation.Stated(subject, sourceId, quote, supports)),
        };
        citation.MarkPersonalData(seed.ContainsPersonalData == true).AssignId(SeedKeys.IdOf($"{scope.Key}#{field}"));
        _citations.Add(citation);
        return citation;
    }

    private string Curator(RecordScope scope, string field) =>
        _curator ?? throw scope.Error(field + ".assertion", "a CURATED citation needs the file's 'curation' (curator and curatedAt).");
}
