using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class SchemaBuildErrorTests
{
    [Fact]
    public void UnmappedClrTypeNamesTheCoordinateAndTheMember() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType<WithUnmapped>(),
        "Query.owner: the CLR type Unmapped is not mapped to a GraphQL type (WithUnmapped.Owner)");

    [Fact]
    public void UnmappedMemberConfiguredInADefinitionNamesTheDefinition() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("ok").Resolve(_ => 1)).AddType<BrokenProjectType>(),
        "Project.owner: the CLR type Unmapped is not mapped to a GraphQL type (BrokenProject.Owner, BrokenProjectType)",
        "Project.tags: the CLR type Unmapped is not mapped to a GraphQL type (BrokenProject.Tags, BrokenProjectType)");

    [Fact]
    public void FieldWithoutTypeOrResolver() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("mystery")),
        "Query.mystery: no type is given and none can be inferred; call .Type<…>() or .Resolve(…) (configure delegate)");

    [Fact]
    public void ArgumentWithoutType() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("a").Argument("x", _ => { }).Resolve(_ => 1)),
        "Query.a(x:): no type is given; call .Type<…>() (configure delegate)");

    [Fact]
    public void UnknownTypeInSdlReference() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("a").Type("[Nope!]").Resolve(_ => 1)),
        "Query.a: the type \"Nope\" in \"[Nope!]\" is not defined (configure delegate)");

    [Fact]
    public void UnregisteredDefinitionInTypeReference() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("a").Type<UnusedType>().Resolve(_ => 1)),
        "Query.a: the type definition UnusedType is not registered with the schema builder (configure delegate)");

    [Fact]
    public void ObjectTypeUsedAsArgument() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType<TakesObject>().AddType<UnusedType>(),
        "Query.find(filter:): the CLR type Unmapped is not mapped to a GraphQL input type (parameter filter of TakesObject.Find)");

    [Fact]
    public void DuplicateTypeNames() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("a").Resolve(_ => 1)).AddType<UnusedType>().AddType<OtherUnusedType>(),
        "The type name \"Unmapped\" is used by both UnusedType and OtherUnusedType.");

    [Fact]
    public void DefinitionMayTakeTheNameOfAnUnusedKnownScalar()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("a").Type<UnusedType>().Resolve(_ => new Unmapped())).AddType<DateNamedType>().AddType<UnusedType>().Build();
        Assert.IsType<Types.ObjectType>(schema.GetType("Date"));
    }

    [Fact]
    public void ExtensionOfUnknownType() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("a").Resolve(_ => 1)).AddTypeExtension(typeof(GhostExtension)),
        "GhostExtension extends \"Ghost\", which is not an object type of this schema.");

    [Fact]
    public void InvalidNames() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("not valid").Resolve(_ => 1)),
        "Query.not valid: \"not valid\" is not a valid GraphQL name (configure delegate)");

    [Fact]
    public void TypeSystemValidationErrorsFollowTheCodeFirstOnes() => AssertErrors(
        new CodeFirstSchemaBuilder().AddQueryType(d => d.Field("node").Type<NamedNodeType>().Resolve(_ => (object?)null)).AddType<NamedNodeType>().AddType<ExplicitNamedType>(),
        "Interface field NamedNode.name expected but Explicit does not provide it.");

    [Fact]
    public void EmptySchemaReportsTheMissingQueryRoot() => AssertErrors(
        new CodeFirstSchemaBuilder(),
        "Query root type must be provided.");

    [Fact]
    public void AddTypeRejectsNonDefinitions()
    {
        var exception = Assert.Throws<ArgumentException>(() => new CodeFirstSchemaBuilder().AddType<Unmapped>());
        Assert.StartsWith("Unmapped is not a concrete type definition", exception.Message, StringComparison.Ordinal);
    }

    private static void AssertErrors(CodeFirstSchemaBuilder builder, params string[] expected)
    {
        var exception = Assert.Throws<SchemaBuildException>(builder.Build);
        Assert.Equal(expected, exception.Errors);
        Assert.Equal("The code-first schema is invalid:\n" + string.Join("\n", expected.Select(e => "- " + e)), exception.Message);
    }

    private sealed class Unmapped
    {
        public int Value { get; init; }
    }

    private sealed class WithUnmapped
    {
        public Unmapped? Owner { get; init; }
    }

    private sealed class BrokenProject
    {
        public string Title { get; init; } = "";

        public Unmapped Owner { get; init; } = new();

        public List<Unmapped> Tags { get; init; } = [];
    }

    private sealed class BrokenProjectType : ObjectType<BrokenProject>
    {
        protected override void Configure(IObjectTypeDescriptor<BrokenProject> d) => d.Name("Project");
    }

    private sealed class UnusedType : ObjectType<Unmapped>
    {
    }

    private sealed class OtherUnusedType : ObjectType<Unmapped>
    {
    }

    private sealed class DateNamedType : ObjectType<WithUnmapped>
    {
        protected override void Configure(IObjectTypeDescriptor<WithUnmapped> d) => d.Name("Date").Field(w => w.Owner).Type<UnusedType>();
    }

    private sealed class TakesObject
    {
        public int Find(Unmapped filter) => filter.Value;
    }

    [ExtendObjectType("Ghost")]
    private static class GhostExtension
    {
        public static int Boo() => 1;
    }

    private interface INamed
    {
        string Name { get; }
    }

    private sealed class Named : INamed
    {
        public string Name { get; init; } = "";
    }

    private sealed class NamedNodeType : InterfaceType<INamed>
    {
        protected override void Configure(IInterfaceTypeDescriptor<INamed> d) => d.Name("NamedNode");
    }

    private sealed class ExplicitNamedType : ObjectType<Named>
    {
        protected override void Configure(IObjectTypeDescriptor<Named> d) => d.Name("Explicit").BindFields(BindingBehavior.Explicit).Field("other").Resolve(_ => 1);
    }
}
