using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

/// <summary>CodeFirstSchemaBuilder.AddSchemaCompletion: the hook that data, conventions and authorization run in.</summary>
public sealed class SchemaCompletionTests
{
    [Fact]
    public void StepsRunInsideBuildByStageThenInTheOrderTheyWereAdded()
    {
        var order = new List<string>();
        Func<Schema, Schema> Step(string name) => schema =>
        {
            order.Add(name);
            return schema;
        };

        var authorization = Step("authorization");
        var schema = Builder()
            .AddSchemaCompletion(SchemaCompletionStage.Authorization, authorization)
            .AddSchemaCompletion(SchemaCompletionStage.Checks, Step("check"))
            .AddSchemaCompletion(SchemaCompletionStage.Types, Step("types 1"))
            .AddSchemaCompletion(SchemaCompletionStage.Conventions, Step("conventions"))
            .AddSchemaCompletion(SchemaCompletionStage.Types, Step("types 2"))
            .AddSchemaCompletion(SchemaCompletionStage.Authorization, authorization)
            .Build();

        Assert.NotNull(schema.QueryType);
        Assert.Equal(["types 1", "types 2", "conventions", "check", "authorization"], order);
    }

    [Fact]
    public async Task AStepMayReplaceTheSchemaAndTheNextStepsSeeTheReplacement()
    {
        Schema? seenByCheck = null;
        Schema? replacement = null;
        var schema = Builder()
            .AddSchemaCompletion(SchemaCompletionStage.Checks, s => seenByCheck = s)
            .AddSchemaCompletion(SchemaCompletionStage.Conventions, s => replacement = new Schema(new SchemaConfig
            {
                Query = s.QueryType,
                Types = s.Types.Where(t => !t.IsIntrospectionType()).ToList(),
            }))
            .Build();

        Assert.Same(replacement, schema);
        Assert.Same(replacement, seenByCheck);
        Assert.Contains("\"hello\": \"world\"", await CodeFirstHarness.ExecuteAsync(schema, "{ hello }"));
    }

    [Fact]
    public void AFailingStepFailsTheBuildWithItsError()
    {
        var builder = Builder().AddSchemaCompletion(
            SchemaCompletionStage.Checks, _ => throw new SchemaBuildException(["Query.hello exposes personal data."]));

        var error = Assert.Throws<SchemaBuildException>(() => builder.Build());
        Assert.Contains("Query.hello exposes personal data.", error.Message);
    }

    private static CodeFirstSchemaBuilder Builder() =>
        new CodeFirstSchemaBuilder().AddQueryType(query => query.Field("hello").Resolve(_ => "world"));
}
