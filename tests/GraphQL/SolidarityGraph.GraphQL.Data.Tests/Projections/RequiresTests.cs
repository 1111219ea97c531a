using System.Text.Json;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data.Tests.TestModel;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Tests.Projections;

/// <summary>
/// <c>Requires(...)</c>: a custom resolver on a projected entity still sees the parent members it declares (the foreign
/// key a DataLoader field needs), and only when that field is selected.
/// </summary>
public sealed class RequiresTests() : OwnSchemaTestBase(Shared.Value)
{
    private static readonly Lazy<Schema> Shared = new(() => TestSchema.Build(() => new CodeFirstSchemaBuilder()
        .AddQueryType<RequiresQueryType>()
        .AddType<RequiringProjectType>()));

    [Fact]
    public async Task ARequiredMemberIsReadWhenItsFieldIsSelectedButNotRequested()
    {
        var (data, sql) = await RunAsync("{ projects(first: 3, order: [{ id: ASC }]) { nodes { title ownerKey } } }");

        var select = SelectList(Assert.Single(sql));
        Assert.Contains("\"OrganisationId\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Budget\"", select, StringComparison.Ordinal);
        var expected = Seed.Organisations().SelectMany(o => o.Projects.Select(p => (p.Id, o.Id))).OrderBy(p => p.Item1).Take(3).Select(p => p.Item2);
        var keys = data.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("ownerKey").GetInt32());
        Assert.Equal(expected, keys);
        Assert.DoesNotContain(0, keys);
    }

    [Fact]
    public async Task ARequiredMemberIsNotReadWhenItsFieldIsNotSelected()
    {
        var (_, sql) = await RunAsync("{ projects(first: 3) { nodes { title } } }");

        Assert.DoesNotContain("\"OrganisationId\"", SelectList(Assert.Single(sql)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADottedPathReadsItsFirstMember()
    {
        var (data, sql) = await RunAsync("{ projects(first: 1, order: [{ id: ASC }]) { nodes { codeLength } } }");

        Assert.Contains("\"Code\"", SelectList(Assert.Single(sql)), StringComparison.Ordinal);
        Assert.Equal("P-01".Length, data.GetProperty("projects").GetProperty("nodes")[0].GetProperty("codeLength").GetInt32());
    }

    [Fact]
    public async Task AnUnknownRequiredMemberIsAFieldErrorNamingIt()
    {
        var (result, _) = await ExecuteAsync("{ projects(first: 1) { nodes { broken } } }");
        var json = ResultWriter.ToJson(result);

        Assert.Contains(DataErrorCodes.ProjectionFailed, json, StringComparison.Ordinal);
    }

    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];

}

public sealed class RequiresQueryType : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("projects")
            .Resolve(context => TestSchema.Db(context).Projects)
            .UsePaging()
            .UseProjection()
            .UseSorting();
    }
}

/// <summary>Project without its navigations, plus custom-resolver fields that read unexposed members.</summary>
public sealed class RequiringProjectType : ObjectType<Project>
{
    protected override void Configure(IObjectTypeDescriptor<Project> descriptor)
    {
        descriptor.Field(p => p.OrganisationId).Ignore();
        descriptor.Field(p => p.Code).Ignore();
        descriptor.Field(p => p.Organisation).Ignore();
        descriptor.Field(p => p.Participations).Ignore();
        descriptor.Field("ownerKey").Type("Int!").Resolve(context => ((Project)context.Parent!).OrganisationId).Requires(nameof(Project.OrganisationId));
        descriptor.Field("codeLength").Type("Int").Resolve(context => ((Project)context.Parent!).Code?.Length).Requires("Code.Length");
        descriptor.Field("broken").Type("Int").Resolve(_ => 0).Requires("NoSuchMember");
    }
}
