using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

// A small slice of the SolidarityGraph domain, shaped like the real one (entities with a base class, a status
// enum, an interface for nodes), used by the end-to-end code-first tests.

public enum ProjectStatus
{
    Draft,
    InProgress,
    Completed,
    [Obsolete("Use COMPLETED.")]
    Closed,
}

public interface INode
{
    [ID]
    string Id { get; }
}

public abstract class Entity : INode
{
    [ID]
    public required string Id { get; init; }
}

[GraphQLDescription("An organisation that runs or funds projects.")]
public sealed class Organisation : Entity
{
    public required string Name { get; init; }

    public Uri? Website { get; init; }
}

public sealed class Project : Entity
{
    public required string Title { get; init; }

    public string? Summary { get; init; }

    public ProjectStatus Status { get; init; }

    public decimal Budget { get; init; }

    public DateOnly StartsOn { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    public required Organisation Owner { get; init; }

    public string InternalNotes { get; init; } = "";
}

public sealed class ProjectRepository
{
    public static readonly Organisation Commons = new() { Id = "org-1", Name = "Commons Kitchen", Website = new Uri("https://commons.example.org/") };

    public List<Project> Projects { get; } =
    [
        new() { Id = "p-1", Title = "Seed library", Status = ProjectStatus.InProgress, Budget = 1250.50m, StartsOn = new DateOnly(2024, 3, 1), Tags = ["food", "seeds"], Owner = Commons, InternalNotes = "secret" },
        new() { Id = "p-2", Title = "Tool share", Summary = "Lending tools to neighbours.", Status = ProjectStatus.Draft, Budget = 80m, StartsOn = new DateOnly(2025, 1, 15), Owner = Commons },
    ];
}

public sealed class ProjectType : ObjectType<Project>
{
    protected override void Configure(IObjectTypeDescriptor<Project> d)
    {
        d.Description("A solidarity project.");
        d.Field(p => p.Title).Description("The public title.");
        d.Ignore(p => p.InternalNotes);
        d.Field(p => p.Owner).Authorize("Steward");
        d.Field("budgetShare")
            .Description("The part of the budget for a percentage.")
            .Argument("percent", a => a.Type<NonNullType<Types.Scalars.IntType>>().DefaultValue(100))
            .Resolve(ctx => ctx.Parent<Project>().Budget * ctx.GetArgument<int>("percent") / 100m);
    }
}

public sealed class OrganisationType : ObjectType<Organisation>
{
    protected override void Configure(IObjectTypeDescriptor<Organisation> d) =>
        d.Field(o => o.Website).Deprecated("Use links.");
}

public sealed class NodeType : InterfaceType<INode>
{
    protected override void Configure(IInterfaceTypeDescriptor<INode> d) => d.Name("Node");
}

/// <summary>The query root as a resolver class: methods become fields, parameters arguments or services.</summary>
public sealed class Query
{
    public IEnumerable<Project> GetProjects([Service] ProjectRepository repository, ProjectStatus? status = null, int first = 10) =>
        repository.Projects.Where(p => status is null || p.Status == status).Take(first);

    public Project? GetProject([Service] ProjectRepository repository, [ID] string id) => repository.Projects.Find(p => p.Id == id);

    public async Task<INode?> GetNodeAsync([Service] ProjectRepository repository, [ID] string id, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return id == ProjectRepository.Commons.Id ? ProjectRepository.Commons : repository.Projects.Find(p => p.Id == id);
    }
}

internal static class SampleSchema
{
    public static Types.Schema Create() => new CodeFirstSchemaBuilder()
        .AddQueryType<Query>()
        .AddType<ProjectType>()
        .AddType<OrganisationType>()
        .AddType<NodeType>()
        .Build();

    public static TestServices Services() => new TestServices().Add(new ProjectRepository());
}
