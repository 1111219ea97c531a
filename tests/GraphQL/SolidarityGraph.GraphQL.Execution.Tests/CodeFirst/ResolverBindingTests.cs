using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types.Resolvers;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class ResolverBindingTests
{
    [Fact]
    public async Task BindsParentArgumentsServicesContextAndCancellationToken()
    {
        using var cancellation = new CancellationTokenSource();
        var clock = new Clock("2026-11-21");
        var schema = new CodeFirstSchemaBuilder().AddQueryType<BindingQuery>().AddType<BoxType>().Build();
        var json = await CodeFirstHarness.ExecuteAsync(
            schema,
            """
            {
              box(label: "tools") {
                label
                describe(prefix: "#", times: 2)
                today
                fieldName
                tokenMatches
              }
            }
            """,
            services: new TestServices().Add(clock).Add(new TokenProbe(cancellation.Token)),
            cancellationToken: cancellation.Token);
        Assert.Equal(
            """
            {
              "data": {
                "box": {
                  "label": "tools",
                  "describe": "#tools#tools",
                  "today": "2026-11-21",
                  "fieldName": "fieldName",
                  "tokenMatches": true
                }
              }
            }
            """,
            json);
    }

    [Fact]
    public async Task AwaitsEveryResultShape()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<AsyncQueryType>().Build();
        var json = await CodeFirstHarness.ExecuteAsync(schema, "{ sync task valueTask completedTask delegateTask delegateValueTask }");
        Snapshot.Match(json);
    }

    [Fact]
    public async Task ConvertsArgumentValuesToParameterTypes()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<ConversionQuery>().Build();
        var json = await CodeFirstHarness.ExecuteAsync(
            schema,
            """
            query($ids: [UUID!]!, $at: DateTime!) {
              echo(statuses: [DRAFT, COMPLETED], big: 9007199254740993, ids: $ids, at: $at, ratio: 2, maybe: null)
            }
            """,
            variables: new Dictionary<string, object?>
            {
                ["ids"] = new List<object?> { "0f8fad5b-d9cb-469f-a165-70867728950e" },
                ["at"] = "2026-11-21T10:00:00+01:00",
            });
        Snapshot.Match(json);
    }

    [Fact]
    public async Task MissingServiceIsAFieldErrorNamingTheService()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<BindingQuery>().AddType<BoxType>().Build();
        var unexpected = new List<Exception>();
        var json = await CodeFirstHarness.ExecuteAsync(
            schema,
            "{ box(label: \"x\") { label today } }",
            options: new ExecutionOptions { OnUnexpectedError = (exception, _) => unexpected.Add(exception) });
        Assert.Contains("\"path\": [\n        \"box\",\n        \"today\"\n      ]", json, StringComparison.Ordinal);
        Assert.Equal(
            "The service Clock needed by field \"Box.today\" is not registered.",
            Assert.IsType<InvalidOperationException>(Assert.Single(unexpected)).Message);
    }

    [Fact]
    public async Task RootFieldsUseTheRootValueWhenItHasTheRootType()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<StatefulQuery>().Build();
        var fromInstance = await CodeFirstHarness.ExecuteAsync(schema, "{ greeting }");
        var fromRootValue = await CodeFirstHarness.ExecuteAsync(schema, "{ greeting }", rootValue: new StatefulQuery { Greeting = "hej" });
        Assert.Contains("\"greeting\": \"hello\"", fromInstance, StringComparison.Ordinal);
        Assert.Contains("\"greeting\": \"hej\"", fromRootValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtensionClassesAddFieldsToQueryAndToObjectTypes()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddType<BoxType>()
            .AddTypeExtension(typeof(BoxQueries))
            .AddTypeExtension(typeof(BoxExtensions))
            .Build();
        var json = await CodeFirstHarness.ExecuteAsync(schema, "{ boxes { label shout } }");
        Assert.Equal(
            """
            {
              "data": {
                "boxes": [
                  {
                    "label": "a",
                    "shout": "A!"
                  },
                  {
                    "label": "b",
                    "shout": "B!"
                  }
                ]
              }
            }
            """,
            json);
    }

    private sealed record Clock(string Today);

    private sealed record TokenProbe(CancellationToken Expected);

    private sealed class Box
    {
        public required string Label { get; init; }
    }

    private sealed class BoxResolvers
    {
        public string Describe([Parent] Box box, string prefix, int times = 1) => string.Concat(Enumerable.Repeat(prefix + box.Label, times));

        public string Today([Service] Clock clock) => clock.Today;

        public string FieldName(IResolverContext context) => context.Field.Name;

        public bool TokenMatches([Service] TokenProbe probe, CancellationToken cancellationToken) => probe.Expected == cancellationToken;
    }

    private sealed class BoxType : ObjectType<Box>
    {
        protected override void Configure(IObjectTypeDescriptor<Box> d)
        {
            d.Field("describe").ResolveWith<BoxResolvers>(r => r.Describe(default!, default!, default));
            d.Field("today").ResolveWith<BoxResolvers>(r => r.Today(default!));
            d.Field("fieldName").ResolveWith<BoxResolvers>(r => r.FieldName(default!));
            d.Field("tokenMatches").ResolveWith<BoxResolvers>(r => r.TokenMatches(default!, default));
        }
    }

    private sealed class BindingQuery
    {
        public Box GetBox(string label) => new() { Label = label };
    }

    private sealed class AsyncQuery
    {
        public int Sync() => 1;

        public async Task<int> Task()
        {
            await System.Threading.Tasks.Task.Yield();
            return 2;
        }

        public async ValueTask<int> ValueTask()
        {
            await System.Threading.Tasks.Task.Yield();
            return 3;
        }

        public Task<int> CompletedTask() => System.Threading.Tasks.Task.FromResult(4);

        [GraphQLIgnore]
        public int Ignored() => 0;
    }

    private sealed class AsyncQueryType : ObjectType<AsyncQuery>
    {
        protected override void Configure(IObjectTypeDescriptor<AsyncQuery> d)
        {
            d.Field("delegateTask").Resolve(async (_, ct) =>
            {
                await System.Threading.Tasks.Task.Delay(1, ct);
                return "five";
            });
            d.Field("delegateValueTask").Resolve(_ => new ValueTask<int>(6));
        }
    }

    private sealed class ConversionQuery
    {
        public string Echo(IReadOnlyList<ProjectStatus> statuses, long big, Guid[] ids, DateTime at, decimal ratio, int? maybe) =>
            $"{string.Join("|", statuses)} {big} {ids[0]} {at:O} {ratio} {maybe?.ToString() ?? "none"}";
    }

    private sealed class StatefulQuery
    {
        public string Greeting { get; init; } = "hello";
    }

    [QueryType]
    private static class BoxQueries
    {
        public static IReadOnlyList<Box> GetBoxes() => [new() { Label = "a" }, new() { Label = "b" }];
    }

    [ExtendObjectType("Box")]
    private sealed class BoxExtensions
    {
        public string Shout([Parent] Box box) => box.Label.ToUpperInvariant() + "!";
    }
}
