using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class MetadataAndMiddlewareTests
{
    [Fact]
    public void AuthorizeStoresPoliciesOnTypesAndFields()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("secret").Type<SecretType>().Resolve(_ => new Secret()))
            .AddType<SecretType>()
            .Build();
        var type = (ObjectType)schema.GetType("Secret")!;
        Assert.Equal([new AuthorizeRule(null)], AuthorizationMetadata.GetRules(type.ContextData));
        Assert.Equal([new AuthorizeRule("Steward"), new AuthorizeRule("Partner")], AuthorizationMetadata.GetRules(type.Fields["email"].ContextData));
        Assert.Empty(AuthorizationMetadata.GetRules(type.Fields["name"].ContextData));
    }

    [Fact]
    public void MetadataEntriesReachTheCoreTypes()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("secret").Type<SecretType>().Resolve(_ => new Secret()))
            .AddType<SecretType>()
            .Build();
        var type = (ObjectType)schema.GetType("Secret")!;
        Assert.Equal("P", type.Fields["name"].ContextData["privacy"]);
        Assert.Equal(3, type.ContextData["cost"]);
    }

    [Fact]
    public async Task MiddlewareWrapsTheResolverFirstAddedOutermost()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("secret").Type<SecretType>().Resolve(_ => new Secret()))
            .AddType<SecretType>()
            .Build();
        var json = await CodeFirstHarness.ExecuteAsync(schema, "{ secret { name email } }");
        Assert.Equal(
            """
            {
              "data": {
                "secret": {
                  "name": "[ADA]",
                  "email": "ada@example.org"
                }
              }
            }
            """,
            json);
    }

    private sealed class Secret
    {
        public string Name { get; init; } = "Ada";

        public string Email { get; init; } = "ada@example.org";
    }

    private sealed class SecretType : ObjectType<Secret>
    {
        protected override void Configure(IObjectTypeDescriptor<Secret> d)
        {
            d.Authorize().Metadata("cost", 3);
            d.Field(s => s.Email).Authorize("Steward").Authorize("Partner");
            d.Field(s => s.Name)
                .Metadata("privacy", "P")
                .Use(next => async context => "[" + await next(context) + "]")
                .Use(next => async context => ((string?)await next(context))?.ToUpperInvariant());
        }
    }
}
