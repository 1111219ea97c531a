using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Language.Ast;
using SolidarityGraph.Testing;
using static SolidarityGraph.GraphQL.Tests.Language.SyntaxAssert;

namespace SolidarityGraph.GraphQL.Tests.Language;

/// <summary>Spec §2.2–§2.12 executable documents (graphql-js parser-test).</summary>
public sealed class ParserTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("\n      { ...MissingOn }\n      fragment MissingOn Type\n    ", "Syntax Error: Expected \"on\", found Name \"Type\".", 3, 26)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("  # only a comment\n", "Syntax Error: Unexpected <EOF>.", 2, 1)]
    [InlineData("{ a(x: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ a(x) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(x: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("{ a(x: \"\"\"block\"\"\" \"str\") }", "Syntax Error: Expected Name, found String \"str\".", 1, 20)]
    [InlineData("{ a(x: 1, x: \"\"\"  b\n  c\"\"\" }", "Syntax Error: Expected Name, found \"}\".", 2, 8)]
    public void ParseProvidesUsefulErrors(string source, string message, int line, int column) =>
        ParseFails(source, message, line, column);

    [Fact]
    public void LexicalErrorsReportedByTheParserKeepTheirLocation() =>
        ParseFails("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9);

    [Fact]
    public void ParseErrorsCarryCodeAndSpecLink()
    {
        var error = ParseFails("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2);
        Assert.Equal(ErrorCodes.ParseFailed, error.Error.Code);
        Assert.Equal(SpecLinks.Language, error.Error.SpecifiedBy);
    }

    [Fact]
    public void LimitsByAMaximumNumberOfTokens()
    {
        Assert.NotNull(Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 3 }));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 2 }));
        AssertError(error, "Syntax Error: Document contains more than 2 tokens. Parsing aborted.", 1, 7, ErrorCodes.MaxTokens);

        Assert.NotNull(Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 8 }));
        error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 7 }));
        AssertError(error, "Syntax Error: Document contains more than 7 tokens. Parsing aborted.", 1, 19, ErrorCodes.MaxTokens);
    }

    [Fact]
    public void CommentsDoNotCountAsTokens() =>
        Assert.NotNull(Parser.Parse("# one\n{ # two\n foo # three\n }", new ParserOptions { MaxTokens = 3 }));

    [Fact]
    public void ExposesTheTokenCount()
    {
        Assert.Equal(3, Parser.Parse("{ foo }").TokenCount);
        Assert.Equal(8, Parser.Parse("{ foo(bar: \"baz\") }").TokenCount);
    }

    [Fact]
    public void ParsesVariableInlineValues()
    {
        var document = Parser.Parse("{ field(complex: { a: { b: [ $var ] } }) }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var complex = (ObjectValueNode)field.Arguments[0].Value;
        var b = (ListValueNode)((ObjectValueNode)complex.Fields[0].Value).Fields[0].Value;
        Assert.Equal("var", Assert.IsType<VariableNode>(b.Values[0]).Name.Value);
    }

    [Fact]
    public void ParsesConstantDefaultValues() =>
        ParseFails(
            "query Foo($x: Complex = { a: { b: [ $var ] } }) { field }",
            "Syntax Error: Unexpected variable \"$var\" in constant value.",
            1,
            37);

    [Fact]
    public void RejectsVariablesInConstantDirectiveArguments() =>
        ParseFails("query Foo($x: Int = 1 @d(a: $y)) { f }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 29);

    [Fact]
    public void ParsesVariableDefinitionDirectives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Foo($x: Boolean = false @bar) { field }").Definitions[0];
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("bar", Assert.Single(variable.Directives).Name.Value);
        Assert.False(Assert.IsType<BooleanValueNode>(variable.DefaultValue).Value);
    }

    [Fact]
    public void DoesNotAcceptFragmentsNamedOn() =>
        ParseFails("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10);

    [Fact]
    public void DoesNotAcceptFragmentSpreadOfOn() =>
        ParseFails("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9);

    [Theory]
    [InlineData("enum Test { VALID, true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("enum Test { VALID, false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.")]
    [InlineData("enum Test { VALID, null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.")]
    public void DoesNotAllowTrueFalseOrNullAsEnumValue(string source, string message) => ParseFails(source, message, 1, 20);

    [Fact]
    public void ParsesMultiByteCharacters()
    {
        var document = Parser.Parse("\n  # This comment has a \u0A0A multi-byte character.\n  { field(arg: \"Has a \u0A0A multi-byte character.\") }\n");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("Has a \u0A0A multi-byte character.", Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value);
    }

    [Fact]
    public void ParsesKitchenSink()
    {
        var document = Parser.Parse(Fixtures.KitchenSinkQuery, ParserOptions.Trusted);
        Assert.Contains(document.Definitions, d => d is OperationDefinitionNode { Operation: OperationType.Subscription });
        Assert.Contains(document.Definitions, d => d is FragmentDefinitionNode);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("fragment")]
    [InlineData("query")]
    [InlineData("mutation")]
    [InlineData("subscription")]
    [InlineData("true")]
    [InlineData("false")]
    public void AllowsNonKeywordsAnywhereANameIsAllowed(string keyword)
    {
        string fragmentName = keyword != "on" ? keyword : "a";
        string source = $$"""
            query {{keyword}} {
              ... {{fragmentName}}
              ... on {{keyword}} { field }
            }
            fragment {{fragmentName}} on Type {
              {{keyword}}({{keyword}}: ${{keyword}})
                @{{keyword}}({{keyword}}: {{keyword}})
            }
            """;
        Assert.Equal(2, Parser.Parse(source).Definitions.Count);
    }

    [Theory]
    [InlineData("mutation {\n  mutationField\n}", OperationType.Mutation, null)]
    [InlineData("subscription {\n  subscriptionField\n}", OperationType.Subscription, null)]
    [InlineData("mutation Foo {\n  mutationField\n}", OperationType.Mutation, "Foo")]
    [InlineData("subscription Foo {\n  subscriptionField\n}", OperationType.Subscription, "Foo")]
    public void ParsesMutationAndSubscriptionOperations(string source, OperationType operation, string? name)
    {
        var definition = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));
        Assert.Equal(operation, definition.Operation);
        Assert.Equal(name, definition.Name?.Value);
    }

    [Fact]
    public void CreatesAst()
    {
        var document = Parser.Parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}");
        Assert.Equal(new Location(0, 40, 1, 1), document.Location);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal((OperationType.Query, null), (operation.Operation, operation.Name));
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location);
        Assert.Equal(new Location(0, 40, 1, 1), operation.SelectionSet.Location);

        var node = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(4, 38, 2, 3), node.Location);
        Assert.Null(node.Alias);
        Assert.Equal(("node", new Location(4, 8, 2, 3)), (node.Name.Value, node.Name.Location!.Value));
        var argument = Assert.Single(node.Arguments);
        Assert.Equal(new Location(9, 14, 2, 8), argument.Location);
        Assert.Equal(("id", new Location(9, 11, 2, 8)), (argument.Name.Value, argument.Name.Location!.Value));
        var value = Assert.IsType<IntValueNode>(argument.Value);
        Assert.Equal(("4", new Location(13, 14, 2, 12)), (value.Value, value.Location!.Value));

        Assert.Equal(new Location(16, 38, 2, 15), node.SelectionSet!.Location);
        var id = Assert.IsType<FieldNode>(node.SelectionSet.Selections[0]);
        var name = Assert.IsType<FieldNode>(node.SelectionSet.Selections[1]);
        Assert.Equal(("id", new Location(22, 24, 3, 5)), (id.Name.Value, id.Location!.Value));
        Assert.Equal(("name", new Location(30, 34, 4, 5)), (name.Name.Value, name.Location!.Value));
        Assert.Null(id.SelectionSet);
        Assert.Empty(id.Arguments);
    }

    [Fact]
    public void CreatesAstFromNamelessQueryWithDescription()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("\"Description\"\nquery {\n  node {\n    id\n  }\n}").Definitions[0];
        Assert.Equal(new Location(0, 43, 1, 1), operation.Location);
        Assert.Equal(("Description", false), (operation.Description!.Value, operation.Description.Block));
        Assert.Equal(new Location(0, 13, 1, 1), operation.Description.Location);
        Assert.Equal(new Location(20, 43, 2, 7), operation.SelectionSet.Location);
    }

    [Fact]
    public void AllowsParsingWithoutSourceLocationInformation()
    {
        var document = Parser.Parse("{ id }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Null(operation.Location);
        Assert.Null(((FieldNode)operation.SelectionSet.Selections[0]).Name.Location);
    }

    [Fact]
    public void AllowsParsingFragmentDefinedVariablesOnlyWithExperimentalFlag()
    {
        const string source = "fragment a($v: Boolean = false) on t { f(v: $v) }";
        var fragment = (FragmentDefinitionNode)Parser.Parse(source, new ParserOptions { ExperimentalFragmentArguments = true }).Definitions[0];
        Assert.Equal("v", Assert.Single(fragment.VariableDefinitions).Variable.Name.Value);
        ParseFails(source, "Syntax Error: Expected \"on\", found \"(\".", 1, 11);
    }

    [Fact]
    public void AllowsParsingFragmentSpreadArgumentsOnlyWithExperimentalFlag()
    {
        const string source = "fragment a on t { ...b(v: $v) }";
        var fragment = (FragmentDefinitionNode)Parser.Parse(source, new ParserOptions { ExperimentalFragmentArguments = true }).Definitions[0];
        var spread = Assert.IsType<FragmentSpreadNode>(Assert.Single(fragment.SelectionSet.Selections));
        var argument = Assert.Single(spread.Arguments);
        Assert.Equal((SyntaxKind.FragmentArgument, "v"), (argument.Kind, argument.Name.Value));
        ParseFails(source, "Syntax Error: Expected Name, found \"(\".", 1, 23);
    }

    [Fact]
    public void ParsesOperationWithDescriptionAndVariableDescriptions()
    {
        string source = "\"Operation description\"\nquery myQuery(\n  \"Variable a description\"\n  $a: Int,\n  \"\"\"Variable b\nmultiline description\"\"\"\n  $b: String\n) {\n  field(a: $a, b: $b)\n}";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal("Operation description", operation.Description!.Value);
        Assert.Equal(new Location(30, 37, 2, 7), operation.Name!.Location);
        var a = operation.VariableDefinitions[0];
        Assert.Equal(("Variable a description", false, new Location(41, 65, 3, 3)), (a.Description!.Value, a.Description.Block, a.Description.Location!.Value));
        Assert.Equal(new Location(41, 75, 3, 3), a.Location);
        var b = operation.VariableDefinitions[1];
        Assert.Equal(("Variable b\nmultiline description", true), (b.Description!.Value, b.Description.Block));
        Assert.Equal(new Location(79, 130, 5, 3), b.Location);
        Assert.Equal(new Location(0, 158, 1, 1), operation.Location);
    }

    [Fact]
    public void DescriptionsOnAShortHandQueryProduceASensibleError() =>
        ParseFails("\"\"\"Invalid\"\"\"\n        { __typename }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1);

    [Fact]
    public void ParsesVariableDefinitionWithDescriptionDefaultValueAndDirectives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query (\n  \"desc\"\n  $foo: Int = 42 @dir\n) {\n  field(foo: $foo)\n}").Definitions[0];
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("desc", variable.Description!.Value);
        Assert.Equal(("42", new Location(31, 33, 3, 15)), (((IntValueNode)variable.DefaultValue!).Value, variable.DefaultValue.Location!.Value));
        Assert.Equal("dir", Assert.Single(variable.Directives).Name.Value);
    }

    [Fact]
    public void ParsesFragmentDefinitionWithDescription()
    {
        var fragment = (FragmentDefinitionNode)Parser.Parse("\"Fragment doc\" fragment F on T @d { a }").Definitions[0];
        Assert.Equal(("Fragment doc", "F", "T", "d"), (fragment.Description!.Value, fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
        Assert.Equal(new Location(0, 39, 1, 1), fragment.Location);
    }

    [Fact]
    public void ParsesFragmentsAndInlineFragments()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ ...F @a ... on T @b { x } ... @c { y } ... { z } }").Definitions[0];
        var selections = operation.SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("F", "a"), (spread.Name.Value, spread.Directives[0].Name.Value));
        Assert.Empty(spread.Arguments);
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal(("T", "b"), (typed.TypeCondition!.Name.Value, typed.Directives[0].Name.Value));
        var directed = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(directed.TypeCondition);
        Assert.Equal("c", directed.Directives[0].Name.Value);
        var bare = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Empty(bare.Directives);
        Assert.Equal(new Location(41, 50, 1, 42), bare.Location);
    }

    [Fact]
    public void ParsesAliasesArgumentsAndDirectivesOnFields()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ alias: field(a: 1, b: ENUM) @skip(if: $v) @other }").Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(("alias", "field"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(field.Arguments[1].Value).Value);
        Assert.Equal(["skip", "other"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal(new Location(2, 50, 1, 3), field.Location);
    }

    [Fact]
    public void AcceptsEmptySelectionSetsLikeGraphQLJsUnlessDisabled()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{}").Definitions[0];
        Assert.Empty(operation.SelectionSet.Selections);
        ParseFails("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2, new ParserOptions { AllowEmptySelectionSets = false });
    }

    [Fact]
    public void DocumentKeepsDefinitionsInSourceOrder()
    {
        var document = Parser.Parse("query A { a } fragment F on T { b } type T { c: Int } extend type T @d mutation B { e }");
        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
    }
}
