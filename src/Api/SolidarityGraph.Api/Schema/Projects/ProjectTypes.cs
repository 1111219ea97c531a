using SolidarityGraph.Api.Schema.Classifications;
using SolidarityGraph.Api.Schema.Indicators;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Policy;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema.Projects;

/// <summary>A project (an IATI activity) and everything attached to it (DOMAIN.md §4.3).</summary>
internal sealed class ProjectType : NodeObjectType<Project>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Project> descriptor)
    {
        descriptor.Description("A development project, advocacy project, programme or documented practice (an IATI activity).");
        descriptor.Reference<Project, Project>("parent", p => p.ParentId);
        descriptor.Field(p => p.Dates)
            .Description("Planned and actual start and end dates (IATI activity-date types 1–4), each a partial date.")
            .IsStoredWhole();
        descriptor.Field(p => p.Exportable)
            .Description("True when the project can be exported as an IATI activity: it has a status and at least one activity date.");
        descriptor.Field(p => p.AlternativeTitles)
            .Description("The title in other languages or other names the project is known by.")
            .IsStoredWhole();
        descriptor.Many<Project, Funding>("funding", f => f.ProjectId).Description("Funding flows to this project; each is an edge with its own citations.");
        descriptor.Many<Project, Participation>("participations", p => p.ProjectId).Description("Organisations taking part, with their role.");
        descriptor.Many<Project, ProjectLocation>("locations", l => l.ProjectId);
        descriptor.List<Project, Budget>("budgets", b => b.ProjectId);
        descriptor.List<Project, Result>("results", r => r.ProjectId);
        descriptor.List<Project, Training>("trainings", t => t.ProjectId);
        descriptor.List<Project, Campaign>("campaigns", c => c.ProjectId);
        descriptor.List<Project, Event>("events", e => e.ProjectId);
        descriptor.List<Project, PolicyProposal>("policyProposals", p => p.ProjectId);
        descriptor.List<Project, ProjectRole>("contactRoles", r => r.ProjectId).Description("Public contacts with a role in the project.");
        descriptor.Field("indicators")
            .Type("[Indicator!]!")
            .Description("Indicators of every result of the project.")
            .Resolve(context => IndicatorResolvers.OfProject(context, ((Project)context.Parent!).Id))
            .UsePaging(o =>
            {
                o.ConnectionName = "ProjectIndicators";
                o.IncludeTotalCount = true;
            })
            .UseFiltering()
            .UseSorting();
        descriptor.Field("classifications")
            .Type("[Classification!]!")
            .Description("How this is classified: DAC sectors, SDG goals and targets, gender marker, ESSGlobal themes …")
            .Resolve(context => ClassificationResolvers.OfSubject(context, ((Project)context.Parent!).Id));
    }
}

/// <summary>An organisation's part in a project (an edge with its own id and citations).</summary>
internal sealed class ParticipationType : NodeObjectType<Participation>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Participation> descriptor)
    {
        descriptor.Description("An organisation's part in a project (funding, accountable, extending, implementing, partner, technical support …): an edge with its own ID and citations.");
        descriptor.Reference<Participation, Domain.Organisations.Organisation>("organisation", p => p.OrganisationId, required: true);
        descriptor.Reference<Participation, Project>("project", p => p.ProjectId, required: true);
    }
}

/// <summary>Where a project works (an edge Project → Place).</summary>
internal sealed class ProjectLocationType : NodeObjectType<ProjectLocation>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<ProjectLocation> descriptor)
    {
        descriptor.Description("Where a project works: an edge Project → Place with its role (activity site or where the beneficiaries live).");
        descriptor.Reference<ProjectLocation, Project>("project", l => l.ProjectId, required: true);
        descriptor.Reference<ProjectLocation, Domain.Places.Place>("place", l => l.PlaceId, required: true);
    }
}

/// <summary>A public contact's role in a project.</summary>
internal sealed class ProjectRoleType : NodeObjectType<ProjectRole>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<ProjectRole> descriptor)
    {
        descriptor.Description("A public contact's role in a project, e.g. SPONSOR_LIAISON.");
        descriptor.Reference<ProjectRole, Domain.People.PublicContact>("contact", r => r.ContactId, required: true);
        descriptor.Reference<ProjectRole, Project>("project", r => r.ProjectId, required: true);
    }
}

/// <summary>A project budget (amount and currency as <c>Money</c>).</summary>
internal sealed class BudgetType : NodeObjectType<Budget>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Budget> descriptor)
    {
        descriptor.Description("A project budget as Money for a period, original or revised, indicative or committed: the denominator of derived funding shares.");
        descriptor.Reference<Budget, Project>("project", b => b.ProjectId, required: true);
    }
}

/// <summary>A result (output, outcome, impact) of a project; indicators hang off results as in IATI.</summary>
internal sealed class ResultType : NodeObjectType<Result>
{
    protected override void ConfigureNode(IObjectTypeDescriptor<Result> descriptor)
    {
        descriptor.Description("A result of a project (output, outcome, impact or other), as in IATI; its indicators hold the reported numbers.");
        descriptor.Reference<Result, Project>("project", r => r.ProjectId, required: true);
        descriptor.List<Result, Indicator>("indicators", i => i.ResultId);
    }
}
