using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Seed;

// Projects, their participants, places, budgets, funding and agreements (DOMAIN.md §5.3, §5.6).
internal sealed partial class SeedBuilder
{
    private readonly Dictionary<string, Budget> _budgets = new(StringComparer.Ordinal);

    private void BuildProjects()
    {
        foreach (var (scope, seed) in Records(_seed.Projects, "projects"))
        {
            var project = scope.Apply("title", () => new Project(scope.Required(seed.Title, "title"), scope.Enum<ProjectKind>(seed.Kind, "kind")));
            scope.Apply("description", () => project.Describe(seed.Description, seed.Objectives, seed.Components, seed.TargetGroupText, seed.GsefCategory));
            var status = scope.IatiCode<ActivityStatus>(seed.Status, "status");
            project.SetStatus(status, ParseDateText(scope, seed.StatusAsOf, "statusAsOf"));
            scope.Apply("municipalityCount", () => project.SetReporting(municipalityCount: seed.MunicipalityCount));
            for (var i = 0; i < (seed.Dates?.Count ?? 0); i++)
            {
                var field = $"dates[{i}]";
                var date = seed.Dates![i] ?? throw scope.Error(field, "is null; expected a date object.");
                var type = scope.Required(scope.IatiCode<ActivityDateType>(scope.Required(date.Type, field + ".type"), field + ".type"), field + ".type");
                var value = scope.Date(date.Date ?? throw scope.Error(field + ".date", "is required."), field + ".date");
                scope.Apply(field, () => project.SetDate(type, value));
            }

            for (var i = 0; i < (seed.ExternalIds?.Count ?? 0); i++)
            {
                var field = $"externalIds[{i}]";
                var externalId = seed.ExternalIds![i] ?? throw scope.Error(field, "is null; expected an object.");
                var scheme = scope.Enum<ExternalIdScheme>(externalId.Scheme, field + ".scheme");
                scope.Apply(field, () => project.AddExternalId(new ExternalId(scheme, scope.Required(externalId.Value, field + ".value"))));
            }

            Add(scope, project);
            Cite(scope, project, seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Participations, "participations"))
        {
            var organisationId = _keys.Resolve(scope, seed.Organisation, "organisation", NodeKind.Organisation);
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            var role = scope.Enum<ParticipationRole>(seed.Role, "role");
            Cite(scope, Add(scope, scope.Apply("role", () => new Participation(organisationId, projectId, role))), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.ProjectLocations, "projectLocations"))
        {
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            var placeId = _keys.Resolve(scope, seed.Place, "place", NodeKind.Place);
            var role = scope.OptionalEnum<LocationRole>(seed.Role, "role") ?? LocationRole.ActivitySite;
            Cite(scope, Add(scope, scope.Apply("place", () => new ProjectLocation(projectId, placeId, role))), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.ProjectRoles, "projectRoles"))
        {
            var contactId = _keys.Resolve(scope, seed.Contact, "contact", NodeKind.PublicContact);
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            Cite(scope, Add(scope, scope.Apply("role", () => new ProjectRole(contactId, projectId, scope.Required(seed.Role, "role")))), seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Budgets, "budgets"))
        {
            var projectId = _keys.Resolve(scope, seed.Project, "project", NodeKind.Project);
            var amount = scope.Required(scope.Decimal(scope.Required(seed.Amount, "amount"), "amount"), "amount");
            var value = scope.Apply("currency", () => new Money(amount, scope.Required(seed.Currency, "currency")));
            var type = scope.OptionalEnum<BudgetType>(seed.Type, "type") ?? BudgetType.Original;
            var status = scope.OptionalEnum<BudgetStatus>(seed.Status, "status") ?? BudgetStatus.Indicative;
            _budgets[scope.Key!] = Add(scope, scope.Apply("amount", () => new Budget(projectId, value, type, status)));
            Cite(scope, _budgets[scope.Key!], seed.Citations);
        }

        foreach (var (scope, seed) in Records(_seed.Fundings, "fundings"))
        {
            BuildFunding(scope, seed);
        }

        foreach (var (scope, seed) in Records(_seed.Agreements, "agreements"))
        {
            var projectId = _keys.ResolveOptional(scope, seed.Project, "project", NodeKind.Project);
            var parties = (seed.Parties ?? []).Select((party, i) => _keys.Resolve(scope, party, $"parties[{i}]", NodeKind.Organisation)).ToArray();
            var agreement = scope.Apply("title", () => new Agreement(scope.Required(seed.Title, "title"), projectId));
            var signedOn = scope.Date(seed.SignedOn, "signedOn");
            scope.Apply("durationMonths", () => agreement.SetTerms(seed.DurationMonths, signedOn, seed.PartiesText, parties));
            Cite(scope, Add(scope, agreement), seed.Citations);
        }
    }

    private void BuildFunding(RecordScope scope, SeedFunding seed)
    {
        var funderId = _keys.Resolve(scope, seed.Funder, "funder", NodeKind.Organisation);
        var recipientId = _keys.ResolveOptional(scope, seed.Recipient, "recipient", NodeKind.Organisation);
        var projectId = _keys.ResolveOptional(scope, seed.Project, "project", NodeKind.Project);
        var amount = scope.Decimal(seed.Amount, "amount");
        if (amount is not null && string.IsNullOrWhiteSpace(seed.Currency))
        {
            throw scope.Error("currency", "is required when 'amount' is set (an ISO 4217 code such as EUR).");
        }

        if (amount is null && seed.Currency is not null)
        {
            throw scope.Error("amount", "is missing but 'currency' is set; an unknown amount has no currency (null, never 0).");
        }

        var funding = Add(scope, scope.Apply("amount", () => new Funding(funderId, recipientId, projectId, amount, seed.Currency)));
        var instrument = scope.OptionalEnum<FundingInstrument>(seed.Instrument, "instrument") ?? FundingInstrument.Unknown;
        var flowStage = scope.OptionalEnum<FlowStage>(seed.FlowStage, "flowStage") ?? FlowStage.Unknown;
        var date = scope.Date(seed.Date, "date");
        funding.Describe(instrument, flowStage, date, seed.Programme, seed.Purpose);

        if (seed.ShareOfBudget is not null)
        {
            _keys.Resolve(scope, seed.ShareOfBudget, "shareOfBudget", NodeKind.Budget);
            scope.Apply("shareOfBudget", () => funding.DeriveShare(_budgets[seed.ShareOfBudget]));
            var derived = seed.Citations?.Any(c => c?.Assertion == SeedEnums.ToSeedName(AssertionKind.Derived) && c.Supports?.Contains("share") == true) == true;
            if (!derived)
            {
                throw scope.Error("shareOfBudget", "a derived share needs a DERIVED citation that supports 'share'.");
            }
        }

        Cite(scope, funding, seed.Citations);
    }
}
