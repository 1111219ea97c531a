using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Directives;
using SolidarityGraph.GraphQL.Types.Scalars;
using SolidarityGraph.GraphQL.Utilities;

namespace SolidarityGraph.GraphQL.Tests.Types;

public sealed class SchemaValidatorTests
{
    [Theory]
    [MemberData(nameof(SchemaValidationCases.Names), MemberType = typeof(SchemaValidationCases))]
    public void ReportsTheSameMessagesAsGraphQLJs(string name)
    {
        var (sdl, expected) = SchemaValidationCases.All[name];

        var errors = SchemaValidator.Validate(SchemaBuilder.Build(sdl));

        Assert.Equal(expected, errors.Select(e => e.Message).ToArray());
        Assert.All(errors, e => Assert.Equal(SchemaValidator.ErrorCode, e.Code));
    }

    [Fact]
    public void LocatesErrorsAtTheOffendingNodes()
    {
        var errors = SchemaValidator.Validate(SchemaBuilder.Build("interface Node { id: ID! }\ntype Query implements Node {\n  id: String\n}"));

        var error = Assert.Single(errors);
        Assert.Equal(new[] { new SourceLocation(1, 22), new SourceLocation(3, 7) }, error.Locations);
    }

    [Fact]
    public void ReportsWhatGraphQLJsReportsForTheKitchenSinkSchema()
    {
        // graphql-js 17.1.0: validateSchema(buildSchema(kitchenSink, { assumeValidSDL: true })).
        var schema = SchemaBuilder.Build(SolidarityGraph.Testing.Fixtures.KitchenSinkSchema);

        Assert.Equal(
            new[]
            {
                "Interface field Named.slug expected but Organisation does not provide it.",
                "Type Organisation can only implement Named once.",
                "Interface field Named.slug expected but Collective does not provide it.",
                "Interface field Named.slug expected but Project does not provide it.",
            },
            SchemaValidator.Validate(schema).Select(e => e.Message));
    }

    [Fact]
    public void ValidatesSchemasBuiltInCode()
    {
        var query = new ObjectType("Query").AddField(new OutputField("input", new InputObjectType("In")));
        var deprecated = new DirectiveDefinition("d", Array.Empty<DirectiveLocation>());

        var errors = SchemaValidator.Validate(new Schema(new SchemaConfig
        {
            Query = query,
            Directives = SpecifiedDirectives.All.Append(deprecated).ToList(),
        }));

        Assert.Equal(
            new[]
            {
                "Directive @d must include 1 or more locations.",
                "The type of Query.input must be Output Type but got: In.",
                "Input Object type In must define one or more fields.",
            },
            errors.Select(e => e.Message));
    }

    [Fact]
    public void ReportsAnInvalidRuntimeDefault()
    {
        var argument = new Argument("x", SpecifiedScalars.Int);
        argument.SetDefaultValue("not a number");
        var query = new ObjectType("Query").AddField(new OutputField("a", SpecifiedScalars.Int).AddArgument(argument));

        var error = Assert.Single(SchemaValidator.Validate(new Schema(query)));

        Assert.Equal("Query.a(x:) has invalid default value: \"not a number\".", error.Message);
    }

    [Fact]
    public void CachesTheResultOnTheSchema()
    {
        var schema = SchemaBuilder.Build("type Foo { a: Int }");

        Assert.Same(schema.ValidationErrors, schema.ValidationErrors);
        Assert.Equal("Query root type must be provided.", Assert.Single(schema.ValidationErrors).Message);
    }
}
