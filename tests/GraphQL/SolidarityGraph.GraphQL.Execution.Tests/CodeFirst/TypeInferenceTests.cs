using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using static SolidarityGraph.GraphQL.Execution.Tests.CodeFirst.CodeFirstHarness;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class TypeInferenceTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder().AddQueryType<Everything>().AddType<ChildType>().Build();

    [Theory]
    [InlineData("text", "String!")]
    [InlineData("optionalText", "String")]
    [InlineData("number", "Int!")]
    [InlineData("optionalNumber", "Int")]
    [InlineData("ratio", "Float!")]
    [InlineData("flag", "Boolean!")]
    [InlineData("amount", "Decimal!")]
    [InlineData("createdAt", "DateTime!")]
    [InlineData("changedAt", "DateTime")]
    [InlineData("day", "Date!")]
    [InlineData("key", "UUID!")]
    [InlineData("views", "Long!")]
    [InlineData("homepage", "URL")]
    [InlineData("status", "ProjectStatus!")]
    [InlineData("optionalStatus", "ProjectStatus")]
    [InlineData("child", "Child!")]
    [InlineData("optionalChild", "Child")]
    public void InfersScalarsEnumsAndObjectsWithNullability(string field, string expected) =>
        Assert.Equal(expected, FieldType(Schema, "Query." + field));

    [Theory]
    [InlineData("tags", "[String!]!")]
    [InlineData("optionalTags", "[String]")]
    [InlineData("sequence", "[Int!]!")]
    [InlineData("numbers", "[Int]!")]
    [InlineData("children", "[Child!]!")]
    [InlineData("matrix", "[[Int!]!]!")]
    [InlineData("set", "[String!]!")]
    public void InfersListsAndItemNullability(string field, string expected) =>
        Assert.Equal(expected, FieldType(Schema, "Query." + field));

    [Theory]
    [InlineData("computed", "String!")]
    [InlineData("load", "Child!")]
    [InlineData("maybe", "Int")]
    [InlineData("find", "Child")]
    public void InfersMethodResultsUnwrappingTasks(string field, string expected) =>
        Assert.Equal(expected, FieldType(Schema, "Query." + field));

    [Fact]
    public void InfersArgumentTypesAndDefaultsFromParameters()
    {
        var field = ((ObjectType)Schema.GetType("Query")!).Fields["find"];
        Assert.Equal(
            "id: UUID!, status: ProjectStatus = DRAFT, first: Int! = 10, tags: [String!], after: String",
            string.Join(", ", field.Arguments.Select(a => $"{a.Name}: {a.Type}" + (a.HasDefaultValue ? $" = {Language.Printer.Print(a.DefaultValueLiteral!)}" : ""))));
    }

    [Fact]
    public async Task IdAttributeReplacesTheNamedTypeAndKeepsTheShape()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<WithIds>().Build();
        Assert.Equal("ID!", FieldType(schema, "Query.id"));
        Assert.Equal("[ID!]!", FieldType(schema, "Query.related"));
        Assert.Equal("ID", FieldType(schema, "Query.echo"));
        Assert.Equal("key: ID!", string.Join(", ", ((ObjectType)schema.GetType("Query")!).Fields["echo"].Arguments.Select(a => $"{a.Name}: {a.Type}")));
        var json = await ExecuteAsync(schema, "{ id echo(key: \"0f8fad5b-d9cb-469f-a165-70867728950e\") }");
        Assert.Contains("\"echo\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomScalarsBindTheirRuntimeTypeAndCanReplaceAKnownScalar()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType<WithCustomScalars>()
            .AddType(new HexColorType())
            .AddType(new StrictDateTimeType())
            .BindRuntimeType<TimeSpan>(Types.Scalars.SpecifiedScalars.String)
            .Build();
        Assert.Equal("HexColor!", FieldType(schema, "Query.color"));
        Assert.Equal("String!", FieldType(schema, "Query.duration"));
        Assert.IsType<StrictDateTimeType>(((ObjectType)schema.GetType("Query")!).Fields["at"].Type.NamedType());
        Assert.Contains("\"color\": \"#ff8000\"", await ExecuteAsync(schema, "{ color }"), StringComparison.Ordinal);
    }

    [Fact]
    public void ConventionalEnumKeepsClrValuesAsRuntimeValues()
    {
        var status = (EnumType)Schema.GetType("ProjectStatus")!;
        Assert.Equal(typeof(ProjectStatus), status.RuntimeType);
        Assert.Equal(ProjectStatus.InProgress, status.Values.Find("IN_PROGRESS")!.Value);
    }

    [Fact]
    public void LambdaResolversInferValueTypesAsNonNullAndReferencesAsNullable()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(d =>
        {
            d.Field("count").Resolve(_ => 3);
            d.Field("name").Resolve(_ => "x");
            d.Field("declared").Resolve<string?>(_ => null);
            d.Field("asyncCount").Resolve(async (_, ct) => { await Task.Yield(); return 3; });
        }).Build();
        Assert.Equal("Int!", FieldType(schema, "Query.count"));
        Assert.Equal("String", FieldType(schema, "Query.name"));
        Assert.Equal("String", FieldType(schema, "Query.declared"));
        Assert.Equal("Int!", FieldType(schema, "Query.asyncCount"));
    }

    private readonly record struct Color(byte R, byte G, byte B);

    private sealed class HexColorType : ScalarType
    {
        public HexColorType()
            : base("HexColor")
        {
        }

        public override Type? RuntimeType => typeof(Color);

        public override object? Serialize(object? runtimeValue) => runtimeValue is Color c ? $"#{c.R:x2}{c.G:x2}{c.B:x2}" : throw new LeafCoercionException("Not a color.");
    }

    private sealed class StrictDateTimeType() : ScalarType("DateTime");

    private sealed class WithCustomScalars
    {
        public Color Color { get; init; } = new(255, 128, 0);

        public TimeSpan Duration { get; init; }

        public DateTimeOffset At { get; init; }
    }

    private sealed class WithIds
    {
        [ID]
        public string Id { get; init; } = "1";

        [ID]
        public IReadOnlyList<string> Related { get; init; } = [];

        [return: ID]
        public string? Echo([ID] Guid key) => key.ToString();
    }

    private sealed class Child
    {
        public int Value { get; init; }
    }

    private sealed class ChildType : ObjectType<Child>
    {
    }

    private sealed class Everything
    {
        public string Text { get; init; } = "";

        public string? OptionalText { get; init; }

        public int Number { get; init; }

        public int? OptionalNumber { get; init; }

        public double Ratio { get; init; }

        public bool Flag { get; init; }

        public decimal Amount { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTime? ChangedAt { get; init; }

        public DateOnly Day { get; init; }

        public Guid Key { get; init; }

        public long Views { get; init; }

        public Uri? Homepage { get; init; }

        public ProjectStatus Status { get; init; }

        public ProjectStatus? OptionalStatus { get; init; }

        public Child Child { get; init; } = new();

        public Child? OptionalChild { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];

        public string?[]? OptionalTags { get; init; }

        public IEnumerable<int> Sequence { get; init; } = [];

        public List<int?> Numbers { get; init; } = [];

        public Child[] Children { get; init; } = [];

        public List<IReadOnlyList<int>> Matrix { get; init; } = [];

        public HashSet<string> Set { get; init; } = [];

        public string Computed() => "c";

        public Task<Child> LoadAsync() => Task.FromResult(new Child());

        public ValueTask<int?> Maybe() => new((int?)null);

        public Child? Find(Guid id, ProjectStatus? status = ProjectStatus.Draft, int first = 10, IEnumerable<string>? tags = null, string? after = null) => null;
    }
}
