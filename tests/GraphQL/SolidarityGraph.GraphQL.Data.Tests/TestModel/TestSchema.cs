using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.Data.Tests.TestModel;

/// <summary>The schema every data test runs against: root connections, a segment, a filtered list and nested connections.</summary>
public static class TestSchema
{
    private static readonly Lazy<Schema> Shared = new(() => Build(() => new CodeFirstSchemaBuilder()
        .AddQueryType<QueryType>()
        .AddType<OrganisationType>()
        .AddType<ProjectType>()
        .AddType<ParticipationType>()));

    /// <summary>The shared test schema (immutable once built).</summary>
    public static Schema Create() => Shared.Value;

    /// <summary>
    /// Builds a schema under a lock: the code-first descriptors share one NullabilityInfoContext, which is not
    /// thread-safe, and xunit builds fixtures in parallel (reported to the engine owners).
    /// </summary>
    public static Schema Build(Func<CodeFirstSchemaBuilder> configure)
    {
        lock (Shared)
        {
            return configure().BuildWithData();
        }
    }

    internal static TestDb Db(IResolverContext context) => (TestDb)context.Services.GetService(typeof(TestDb))!;
}

public sealed class QueryType : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("projects")
            .Resolve(context => TestSchema.Db(context).Projects)
            .UsePaging(o => o.IncludeTotalCount = true)
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("organisations")
            .Resolve(context => TestSchema.Db(context).Organisations)
            .UsePaging(o => o.ConnectionName = "Organisations")
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("projectSegments")
            .Resolve(context => TestSchema.Db(context).Projects)
            .UseOffsetPaging(o => o.IncludeTotalCount = true)
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("projectList")
            .Resolve(context => TestSchema.Db(context).Projects)
            .Type("[Project!]!")
            .UseProjection()
            .UseFiltering()
            .UseSorting();
        descriptor.Field("unprojectedProjects")
            .Resolve(context => TestSchema.Db(context).Projects)
            .UsePaging(o => { o.ConnectionName = "UnprojectedProjects"; o.AllowBackwardPagination = false; o.MaxPageSize = 5; })
            .UseFiltering();
    }
}

public sealed class OrganisationType : ObjectType<Organisation>
{
    protected override void Configure(IObjectTypeDescriptor<Organisation> descriptor)
    {
        descriptor.Field(o => o.ContactEmail).Authorize("Steward");
        descriptor.Field(o => o.Projects).UsePaging(o => o.IncludeTotalCount = true).UseProjection().UseFiltering().UseSorting();
    }
}

public sealed class ProjectType : ObjectType<Project>
{
    protected override void Configure(IObjectTypeDescriptor<Project> descriptor)
    {
        descriptor.Field(p => p.OrganisationId).Ignore();
        descriptor.Field(p => p.Code).IsSortable(false);
        // titleLength reads Title, so Title is read even when only titleLength is selected.
        descriptor.Field(p => p.Title).IsProjected(true);
        descriptor.Field(p => p.Participations).UsePaging(o => o.IncludeTotalCount = true).UseProjection().UseFiltering().UseSorting();
        descriptor.Field("titleLength").Resolve(context => ((Project)context.Parent!).Title.Length).Type("Int!");
    }
}

public sealed class ParticipationType : ObjectType<Participation>
{
    protected override void Configure(IObjectTypeDescriptor<Participation> descriptor)
    {
        descriptor.Field(p => p.ProjectId).Ignore();
        descriptor.Field(p => p.Project).Ignore();
    }
}
