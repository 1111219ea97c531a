using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.Testing;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Type system definitions and extensions (spec §3; graphql-js schema-parser-test).</summary>
public sealed class SchemaParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void SimpleType()
    {
        var type = Single<ObjectTypeDefinitionNode>("\ntype Hello {\n  world: String\n}");
        Assert.Equal(new Location(1, 31, 2, 1), type.Location);
        Assert.Equal(("Hello", new Location(6, 11, 2, 6)), (type.Name.Value, type.Name.Location!.Value));
        Assert.Null(type.Description);
        Assert.Empty(type.Interfaces);
        var field = Assert.Single(type.Fields);
        Assert.Equal(new Location(16, 29, 3, 3), field.Location);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(field.Type).Name.Value);
        Assert.Equal(new Location(23, 29, 3, 10), field.Type.Location);
    }

    [Fact]
    public void ParsesTypeWithDescriptionString()
    {
        var type = Single<ObjectTypeDefinitionNode>("\n\"Description\"\ntype Hello {\n  world: String\n}");
        Assert.Equal(("Description", false, new Location(1, 14, 2, 1)), (type.Description!.Value, type.Description.Block, type.Description.Location!.Value));
        Assert.Equal(new Location(1, 45, 2, 1), type.Location);
    }

    [Fact]
    public void ParsesTypeWithDescriptionMultiLineString()
    {
        var type = Single<ObjectTypeDefinitionNode>("\n\"\"\"\nDescription\n\"\"\"\n# Even with comments between them\ntype Hello {\n  world: String\n}");
        Assert.Equal(("Description", true, new Location(1, 20, 2, 1)), (type.Description!.Value, type.Description.Block, type.Description.Location!.Value));
    }

    [Fact]
    public void ParsesSchemaWithDescriptionString()
    {
        var schema = Single<SchemaDefinitionNode>("\n\"Description\"\nschema {\n  query: Foo\n}");
        Assert.Equal("Description", schema.Description!.Value);
        var root = Assert.Single(schema.OperationTypes);
        Assert.Equal((OperationType.Query, "Foo"), (root.Operation, root.Type.Name.Value));
    }

    [Fact]
    public void DescriptionFollowedBySomethingOtherThanTypeSystemDefinitionThrows() =>
        ParseFails("\"Description\" 1", "Syntax Error: Unexpected Int \"1\".", 1, 15);

    [Theory]
    [InlineData("\"Description\" extend type Hello { world: String }")]
    [InlineData("\"Description\" extend schema @d")]
    [InlineData("\"\"\"Description\"\"\" extend scalar S @d")]
    public void ExtensionsDoNotIncludeDescriptions(string source) =>
        ParseFails(source, "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1);

    [Fact]
    public void ObjectExtension()
    {
        var extension = Single<ObjectTypeExtensionNode>("\nextend type Hello {\n  world: String\n}");
        Assert.Equal(new Location(1, 38, 2, 1), extension.Location);
        Assert.Equal("world", Assert.Single(extension.Fields).Name.Value);
        Assert.Empty(extension.Interfaces);
        Assert.Empty(extension.Directives);
    }

    [Fact]
    public void ObjectExtensionWithoutFields()
    {
        var extension = Single<ObjectTypeExtensionNode>("extend type Hello implements Greeting");
        Assert.Equal("Greeting", Assert.Single(extension.Interfaces).Name.Value);
        Assert.Equal(new Location(0, 37, 1, 1), extension.Location);
    }

    [Fact]
    public void InterfaceExtensionWithoutFields()
    {
        var extension = Single<InterfaceTypeExtensionNode>("extend interface Hello implements Greeting");
        Assert.Equal("Greeting", Assert.Single(extension.Interfaces).Name.Value);
    }

    [Fact]
    public void ObjectExtensionWithoutFieldsFollowedByExtension()
    {
        var document = Parser.Parse("\n      extend type Hello implements Greeting\n\n      extend type Hello implements SecondGreeting\n    ");
        Assert.Equal(2, document.Definitions.Count);
        Assert.All(document.Definitions, d => Assert.IsType<ObjectTypeExtensionNode>(d));
        Assert.Equal(new Location(7, 44, 2, 7), document.Definitions[0].Location);
        Assert.Equal(new Location(52, 95, 4, 7), document.Definitions[1].Location);
    }

    [Theory]
    [InlineData("extend scalar Hello", 1, 20)]
    [InlineData("extend type Hello", 1, 18)]
    [InlineData("extend interface Hello", 1, 23)]
    [InlineData("extend union Hello", 1, 19)]
    [InlineData("extend enum Hello", 1, 18)]
    [InlineData("extend input Hello", 1, 19)]
    [InlineData("extend schema", 1, 14)]
    [InlineData("extend directive @hello", 1, 24)]
    public void ExtensionWithoutAnythingThrows(string source, int line, int column) =>
        ParseFails(source, "Syntax Error: Unexpected <EOF>.", line, column);

    [Theory]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend { a }", "Syntax Error: Unexpected \"{\".", 1, 8)]
    [InlineData("extend schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 23)]
    [InlineData("extend schema { other: Foo }", "Syntax Error: Unexpected Name \"other\".", 1, 17)]
    public void InvalidExtensionsThrow(string source, string message, int line, int column) =>
        ParseFails(source, message, line, column);

    [Fact]
    public void SchemaExtensions()
    {
        var withTypes = Single<SchemaExtensionNode>("extend schema {\n  mutation: Mutation\n}");
        Assert.Equal((OperationType.Mutation, "Mutation"), (withTypes.OperationTypes[0].Operation, withTypes.OperationTypes[0].Type.Name.Value));
        Assert.Empty(withTypes.Directives);
        var withDirective = Single<SchemaExtensionNode>("extend schema @directive");
        Assert.Equal("directive", Assert.Single(withDirective.Directives).Name.Value);
        Assert.Empty(withDirective.OperationTypes);
    }

    [Fact]
    public void SimpleNonNullType()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Hello { world: String! }");
        var nonNull = Assert.IsType<NonNullTypeNode>(Assert.Single(type.Fields).Type);
        Assert.Equal(new Location(20, 27, 1, 21), nonNull.Location);
    }

    [Theory]
    [InlineData("interface Hello implements World { field: String }", new[] { "World" })]
    [InlineData("type Hello implements World { field: String }", new[] { "World" })]
    [InlineData("type Hello implements Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("type Hello implements & Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("interface Hello implements & Wo & rld { field: String }", new[] { "Wo", "rld" })]
    public void ParsesImplementedInterfaces(string source, string[] interfaces)
    {
        var definition = Assert.Single(Parser.Parse(source).Definitions);
        var names = definition switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            _ => throw new InvalidOperationException(),
        };
        Assert.Equal(interfaces, names.Select(n => n.Name.Value));
    }

    [Theory]
    [InlineData("type Hello implements Wo rld { field: String }", "Syntax Error: Unexpected Name \"rld\".", 1, 26)]
    [InlineData("type Hello implements Wo && rld { field: String }", "Syntax Error: Expected Name, found \"&\".", 1, 27)]
    [InlineData("type Hello implements & & Wo { field: String }", "Syntax Error: Expected Name, found \"&\".", 1, 25)]
    [InlineData("type Hello implements { field: String }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type Hello {}", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    public void RejectsMalformedTypeDefinitions(string source, string message, int line, int column) =>
        ParseFails(source, message, line, column);

    [Fact]
    public void SingleValueEnumAndDoubleValueEnum()
    {
        Assert.Equal(["WORLD"], Single<EnumTypeDefinitionNode>("enum Hello { WORLD }").Values.Select(v => v.Name.Value));
        Assert.Equal(["WO", "RLD"], Single<EnumTypeDefinitionNode>("enum Hello { WO, RLD }").Values.Select(v => v.Name.Value));
    }

    [Fact]
    public void SimpleFieldWithArgWithDefaultValue()
    {
        var field = Assert.Single(Single<ObjectTypeDefinitionNode>("type Hello { world(flag: Boolean = true): String }").Fields);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal(("flag", "Boolean"), (argument.Name.Value, ((NamedTypeNode)argument.Type).Name.Value));
        Assert.True(Assert.IsType<BooleanValueNode>(argument.DefaultValue).Value);
        Assert.Equal(new Location(19, 39, 1, 20), argument.Location);
    }

    [Fact]
    public void SimpleFieldWithListArgAndTwoArgs()
    {
        var list = Assert.Single(Single<ObjectTypeDefinitionNode>("type Hello { world(things: [String]): String }").Fields);
        Assert.IsType<ListTypeNode>(Assert.Single(list.Arguments).Type);
        var two = Assert.Single(Single<ObjectTypeDefinitionNode>("type Hello { world(argOne: Boolean, argTwo: Int): String }").Fields);
        Assert.Equal(["argOne", "argTwo"], two.Arguments.Select(a => a.Name.Value));
    }

    [Theory]
    [InlineData("union Hello = World", new[] { "World" })]
    [InlineData("union Hello = Wo | Rld", new[] { "Wo", "Rld" })]
    [InlineData("union Hello = | Wo | Rld", new[] { "Wo", "Rld" })]
    public void ParsesUnions(string source, string[] types) =>
        Assert.Equal(types, Single<UnionTypeDefinitionNode>(source).Types.Select(t => t.Name.Value));

    [Theory]
    [InlineData("union Hello = |", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("union Hello = || Wo | Rld", "Syntax Error: Expected Name, found \"|\".", 1, 16)]
    [InlineData("union Hello = Wo || Rld", "Syntax Error: Expected Name, found \"|\".", 1, 19)]
    [InlineData("union Hello = | Wo | Rld |", "Syntax Error: Expected Name, found <EOF>.", 1, 27)]
    public void UnionFailsWithMalformedMembers(string source, string message, int line, int column) =>
        ParseFails(source, message, line, column);

    [Fact]
    public void ScalarAndInputObject()
    {
        Assert.Equal("Hello", Single<ScalarTypeDefinitionNode>("scalar Hello").Name.Value);
        var input = Single<InputObjectTypeDefinitionNode>("\ninput Hello {\n  world: String\n}");
        Assert.Equal("world", Assert.Single(input.Fields).Name.Value);
    }

    [Fact]
    public void SimpleInputObjectWithArgsShouldFail() =>
        ParseFails("\ninput Hello {\n  world(foo: Int): String\n}", "Syntax Error: Expected \":\", found \"(\".", 3, 8);

    [Fact]
    public void DirectiveDefinition()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @foo on OBJECT | INTERFACE");
        Assert.Equal(("foo", false), (directive.Name.Value, directive.Repeatable));
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.Equal(new Location(0, 36, 1, 1), directive.Location);
    }

    [Fact]
    public void RepeatableDirectiveDefinitionWithLeadingPipeAndArguments()
    {
        var directive = Single<DirectiveDefinitionNode>("\"doc\" directive @foo(a: Int = 1) repeatable on | OBJECT | INTERFACE");
        Assert.True(directive.Repeatable);
        Assert.Equal(("doc", "a"), (directive.Description!.Value, directive.Arguments[0].Name.Value));
        Assert.Equal(2, directive.Locations.Count);
    }

    [Fact]
    public void DirectivesOnDirectiveDefinitionsAndDirectiveExtensionsLikeGraphQLJs17()
    {
        var document = Parser.Parse("directive @a @meta(x: 1) on FIELD extend directive @a @more");
        var definition = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[0]);
        Assert.Equal("meta", Assert.Single(definition.Directives).Name.Value);
        var extension = Assert.IsType<DirectiveExtensionNode>(document.Definitions[1]);
        Assert.Equal(("a", "more"), (extension.Name.Value, extension.Directives[0].Name.Value));
    }

    [Theory]
    [InlineData("\ndirective @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 2, 27)]
    [InlineData("directive @foo on", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("directive @foo(a: Int)", "Syntax Error: Expected \"on\", found <EOF>.", 1, 23)]
    [InlineData("directive foo on FIELD", "Syntax Error: Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo on field", "Syntax Error: Unexpected Name \"field\".", 1, 19)]
    public void DirectiveWithIncorrectLocations(string source, string message, int line, int column) =>
        ParseFails(source, message, line, column);

    [Fact]
    public void ParsesEveryDirectiveLocation()
    {
        string[] locations =
        [
            "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
            "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
            "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
            "DIRECTIVE_DEFINITION",
        ];
        var directive = Single<DirectiveDefinitionNode>("directive @all on " + string.Join(" | ", locations));
        Assert.Equal(locations, directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void ParsesKitchenSinkSchema()
    {
        var document = Parser.Parse(Fixtures.KitchenSinkSchema, ParserOptions.Trusted);
        Assert.Contains(document.Definitions, d => d is SchemaDefinitionNode);
        Assert.Contains(document.Definitions, d => d is DirectiveDefinitionNode { Repeatable: true });
        Assert.Contains(document.Definitions, d => d is InputObjectTypeExtensionNode);
    }

    [Fact]
    public void ParsesEveryTypeSystemForm()
    {
        const string source = """
            schema @s { query: Q mutation: M subscription: S }
            scalar Date @d
            type T implements I @d { f(a: [Int!]! = [1] @x): T @y }
            type Bare
            interface I implements J { f: Int }
            union U @d = A | B
            enum E @d { "doc" A @x B }
            input In @d { a: Int = 1 @x }
            directive @x(a: Int) on FIELD
            extend scalar Date @e
            extend type T { g: Int }
            extend interface I @e
            extend union U = C
            extend enum E { C }
            extend input In { b: Int }
            extend schema @e
            """;
        var kinds = Parser.Parse(source).Definitions.Select(d => d.Kind).ToArray();
        Assert.Equal(
            [
                SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeDefinition,
                SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
                SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension, SyntaxKind.SchemaExtension,
            ],
            kinds);
    }

    [Fact]
    public void DefaultValuesAndDirectivesInTypeSystemMustBeConstant() =>
        ParseFails("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21);
}
