using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class InputObjectTests
{
    private static readonly Types.Schema Schema = new CodeFirstSchemaBuilder()
        .AddMutationType<Mutation>()
        .AddQueryType(d => d.Field("ok").Resolve(_ => true))
        .AddType<ProjectInputType>()
        .AddType<BudgetLineInputType>()
        .AddType<ProjectFilterType>()
        .AddType<ProjectReferenceType>()
        .Build();

    [Fact]
    public void PrintsInputTypes() => Snapshot.Match(SchemaPrinter.Print(Schema));

    [Fact]
    public async Task CoercesLiteralsIntoRecordsAndClasses()
    {
        var json = await CodeFirstHarness.ExecuteAsync(
            Schema,
            """
            mutation {
              createProject(input: { title: "Seed library", status: IN_PROGRESS, budget: [{ label: "seeds", amount: "12.50" }, { label: "shelves", amount: "80" }] })
              search(filter: { text: "seed" })
            }
            """);
        Snapshot.Match(json);
    }

    [Fact]
    public async Task CoercesVariablesIntoRecordsAndClasses()
    {
        var json = await CodeFirstHarness.ExecuteAsync(
            Schema,
            """
            mutation($input: ProjectInput!, $filter: ProjectFilter!) {
              createProject(input: $input)
              search(filter: $filter)
            }
            """,
            new Dictionary<string, object?>
            {
                ["input"] = new Dictionary<string, object?> { ["title"] = "Tool share", ["tags"] = new List<object?> { "tools" } },
                ["filter"] = new Dictionary<string, object?> { ["text"] = "tool", ["first"] = 2, ["status"] = "DRAFT" },
            });
        Snapshot.Match(json);
    }

    [Fact]
    public async Task OneOfInputObjectsAcceptExactlyOneField()
    {
        var ok = await CodeFirstHarness.ExecuteAsync(Schema, "mutation { byId: archive(project: { id: \"p-1\" }) bySlug: archive(project: { slug: \"seeds\" }) }");
        Assert.Contains("\"byId\": \"id p-1\"", ok, StringComparison.Ordinal);
        Assert.Contains("\"bySlug\": \"slug seeds\"", ok, StringComparison.Ordinal);
        var document = Language.Parser.Parse("mutation { archive(project: { id: \"p-1\", slug: \"seeds\" }) }");
        var errors = Validation.DocumentValidator.Validate(Schema, document);
        Assert.Equal("Within OneOf Input Object type \"ProjectReference\", exactly one field must be specified, and the value for that field must be non-null.", Assert.Single(errors).Message);
    }

    public sealed record BudgetLine(string Label, decimal Amount);

    public sealed record ProjectInput(string Title, ProjectStatus Status = ProjectStatus.Draft, IReadOnlyList<BudgetLine>? Budget = null)
    {
        public List<string> Tags { get; init; } = [];

        [GraphQLIgnore]
        public string? Secret { get; init; }
    }

    public sealed class ProjectFilter
    {
        public string? Text { get; set; }

        public int First { get; set; } = 10;

        public ProjectStatus? Status { get; set; }

        public bool Untouched { get; set; } = true;
    }

    public sealed class ProjectReference
    {
        public string? Id { get; set; }

        public string? Slug { get; set; }
    }

    private sealed class ProjectInputType : InputObjectType<ProjectInput>
    {
        protected override void Configure(IInputObjectTypeDescriptor<ProjectInput> d)
        {
            d.Description("What a steward enters for a new project.").Field(p => p.Title).Description("The public title.");
            d.Field(p => p.Tags).DefaultValue(new List<string>());
        }
    }

    private sealed class BudgetLineInputType : InputObjectType<BudgetLine>
    {
        protected override void Configure(IInputObjectTypeDescriptor<BudgetLine> d) => d.Name("BudgetLineInput");
    }

    private sealed class ProjectFilterType : InputObjectType<ProjectFilter>
    {
        protected override void Configure(IInputObjectTypeDescriptor<ProjectFilter> d)
        {
            d.Field(f => f.First).DefaultValue(10);
            d.Ignore(f => f.Untouched);
        }
    }

    private sealed class ProjectReferenceType : InputObjectType<ProjectReference>
    {
        protected override void Configure(IInputObjectTypeDescriptor<ProjectReference> d) => d.OneOf();
    }

    private sealed class Mutation
    {
        public string CreateProject(ProjectInput input) =>
            $"{input.Title} {input.Status} tags=[{string.Join(",", input.Tags)}] budget=[{string.Join(",", input.Budget?.Select(b => $"{b.Label}:{b.Amount}") ?? [])}] secret={input.Secret ?? "none"}";

        public string Search(ProjectFilter filter) => $"{filter.Text} first={filter.First} status={filter.Status?.ToString() ?? "any"} untouched={filter.Untouched}";

        public string Archive(ProjectReference project) => project.Id is { } id ? "id " + id : "slug " + project.Slug;
    }
}
