using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class ExplicitConfigurationTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<OverridesQueryType>()
        .AddType<PhaseType>()
        .AddType<BudgetType>()
        .Build();

    [Fact]
    public void PrintsOverriddenNamesTypesArgumentsAndDeprecations() => Snapshot.Match(SchemaPrinter.Print(Schema));

    [Fact]
    public void ExplicitBindingKeepsOnlyConfiguredFieldsInCallOrder() =>
        Assert.Equal(["total", "currency"], ((ObjectType)Schema.GetType("Budget")!).Fields.Select(f => f.Name));

    [Fact]
    public void EnumDescriptorRenamesDescribesDeprecatesAndIgnoresValues()
    {
        var phase = (EnumType)Schema.GetType("Phase")!;
        Assert.Equal(["IDEA", "RUNNING", "DONE"], phase.Values.Select(v => v.Name));
        Assert.Equal("Work has started.", phase.Values.Find("RUNNING")!.Description);
        Assert.Equal("Say RUNNING.", phase.Values.Find("DONE")!.DeprecationReason);
        Assert.Equal(ProjectPhase.Active, phase.Values.Find("RUNNING")!.Value);
    }

    [Fact]
    public async Task ExecutesExplicitFieldsAndEnumArguments()
    {
        var json = await CodeFirstHarness.ExecuteAsync(
            Schema,
            "{ label phaseName(phase: RUNNING) defaultPhase: phaseName budget { total currency } renamed count: items(take: 2) }");
        Snapshot.Match(json);
    }

    [Fact]
    public async Task NamedFieldReplacesTheImplicitMemberOfTheSameName()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("budget").Resolve(_ => new Budget()))
            .AddType<ShadowedBudgetType>()
            .Build();
        Assert.Equal(["total", "currency", "hidden"], ((ObjectType)schema.GetType("Budget")!).Fields.Select(f => f.Name));
        Assert.Equal("[String!]!", CodeFirstHarness.FieldType(schema, "Budget.currency"));
        Assert.Contains("\"currency\": [\n        \"EUR\",\n        \"SEK\"\n      ]", await CodeFirstHarness.ExecuteAsync(schema, "{ budget { currency } }"), StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoringABaseMemberIgnoresItsOverride()
    {
        // A base descriptor names the abstract member; each concrete type's inferred field comes from its override.
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("grant").Resolve(_ => new Grant()))
            .AddType<GrantType>()
            .Build();

        Assert.Equal(["title"], ((ObjectType)schema.GetType("Grant")!).Fields.Select(f => f.Name));
    }

    private abstract class Record
    {
        public abstract string Kind { get; }

        public string Title { get; init; } = "t";
    }

    private sealed class Grant : Record
    {
        public override string Kind => "grant";
    }

    private abstract class RecordType<T> : ObjectType<T>
        where T : Record
    {
        protected override void Configure(IObjectTypeDescriptor<T> d) => d.Ignore(r => r.Kind);
    }

    private sealed class GrantType : RecordType<Grant>;

    private sealed class ShadowedBudgetType : ObjectType<Budget>
    {
        protected override void Configure(IObjectTypeDescriptor<Budget> d) =>
            d.Field("currency").Type("[String!]!").Resolve(_ => new[] { "EUR", "SEK" });
    }

    public enum ProjectPhase
    {
        Idea,
        Active,
        Finished,
        [GraphQLIgnore]
        Internal,
    }

    private sealed class Budget
    {
        public decimal Total { get; init; } = 100m;

        public string Currency { get; init; } = "EUR";

        public string Hidden { get; init; } = "no";
    }

    private sealed class BudgetType : ObjectType<Budget>
    {
        protected override void Configure(IObjectTypeDescriptor<Budget> d)
        {
            d.BindFields(BindingBehavior.Explicit);
            d.Field(b => b.Total).Type<NonNullType<StringType>>().Description("Printed as a string.");
            d.Field(b => b.Currency);
        }
    }

    private sealed class PhaseType : EnumType<ProjectPhase>
    {
        protected override void Configure(IEnumTypeDescriptor<ProjectPhase> d)
        {
            d.Name("Phase").Description("Where a project stands.");
            d.Value(ProjectPhase.Active).Name("RUNNING").Description("Work has started.");
            d.Value(ProjectPhase.Finished).Name("DONE").Deprecated("Say RUNNING.");
        }
    }

    private sealed class OverridesQuery
    {
        public string Label { get; init; } = "label";

        [Obsolete("Use label.")]
        public string OldLabel { get; init; } = "old";

        [GraphQLIgnore]
        public string Ignored { get; init; } = "";

        public string Internal { get; init; } = "";

        public string PhaseName(ProjectPhase phase = ProjectPhase.Idea) => phase.ToString();

        public Budget Budget() => new();

        [GraphQLName("renamed")]
        [GraphQLDescription("A method with a chosen name.")]
        public string SomethingElse() => "renamed";
    }

    private sealed class OverridesQueryType : ObjectType<OverridesQuery>
    {
        protected override void Configure(IObjectTypeDescriptor<OverridesQuery> d)
        {
            d.Description("The root of the override tests.");
            d.Ignore(q => q.Internal);
            d.Field(q => q.Label).Name("label").Type("String!").Description("From SDL text.");
            d.Field(q => q.PhaseName(default)).Argument("phase", a => a.Description("Which phase.").Deprecated("Always IDEA soon."));
            d.Field("items")
                .Type<NonNullType<IntType>>()
                .Argument("take", a => a.Type("Int!").DefaultValue(5).Description("How many."))
                .Resolve(context => context.GetArgument<int>("take"))
                .Deprecated();
        }
    }
}
