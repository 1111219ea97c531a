using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class AbstractTypeTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<SearchQueryType>()
        .AddType<SearchResultType>()
        .AddType<ActorType>()
        .AddType<PersonType>()
        .AddType<CollectiveType>()
        .AddType<EventType>()
        .AddType<AnythingType>()
        .Build();

    [Fact]
    public void PrintsUnionsAndInterfaces() => Snapshot.Match(SchemaPrinter.Print(Schema));

    [Fact]
    public void UnionWithoutExplicitMembersTakesEveryObjectTypeOfItsClrType() =>
        Assert.Equal(["Person", "Collective", "Event"], ((UnionType)Schema.GetType("SearchResult")!).Types.Select(t => t.Name));

    [Fact]
    public void ObjectTypesImplementInterfacesOfTheirClrType()
    {
        Assert.Equal(["Actor"], ((ObjectType)Schema.GetType("Person")!).Interfaces.Select(i => i.Name));
        Assert.Empty(((ObjectType)Schema.GetType("Event")!).Interfaces);
    }

    [Fact]
    public async Task ResolvesUnionAndInterfaceValuesByClrTypeAndByResolver()
    {
        var json = await CodeFirstHarness.ExecuteAsync(
            Schema,
            """
            {
              search { __typename ... on Actor { name } ... on Event { title } }
              actors { __typename name }
              anything { __typename }
            }
            """);
        Snapshot.Match(json);
    }

    [Fact]
    public async Task IsTypeOfSplitsOneClrTypeIntoTwoObjectTypesAndImplementsAddsInterfaces()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddQueryType(d => d.Field("contacts").Type("[Contact!]!").Resolve(_ => new[] { new Contact("a@example.org"), new Contact("+31 20") }))
            .AddType<ContactType>()
            .AddType<EmailContactType>()
            .AddType<PhoneContactType>()
            .Build();
        Assert.Equal(["Contact"], ((ObjectType)schema.GetType("EmailContact")!).Interfaces.Select(i => i.Name));
        var json = await CodeFirstHarness.ExecuteAsync(schema, "{ contacts { __typename value } }");
        Assert.Equal(
            """
            {
              "data": {
                "contacts": [
                  {
                    "__typename": "EmailContact",
                    "value": "a@example.org"
                  },
                  {
                    "__typename": "PhoneContact",
                    "value": "+31 20"
                  }
                ]
              }
            }
            """,
            json);
    }

    public sealed record Contact(string Value);

    private sealed class ContactType : InterfaceType<object>
    {
        protected override void Configure(IInterfaceTypeDescriptor<object> d) => d.Name("Contact").Field("value").Type("String!");
    }

    private sealed class EmailContactType : ObjectType<Contact>
    {
        protected override void Configure(IObjectTypeDescriptor<Contact> d) =>
            d.Name("EmailContact").Implements<ContactType>().IsTypeOf(value => ((Contact)value).Value.Contains('@'));
    }

    private sealed class PhoneContactType : ObjectType<Contact>
    {
        protected override void Configure(IObjectTypeDescriptor<Contact> d) =>
            d.Name("PhoneContact").Implements<ContactType>().IsTypeOf(value => !((Contact)value).Value.Contains('@'));
    }

    public interface ISearchResult
    {
    }

    public interface IActor : ISearchResult
    {
        string Name { get; }
    }

    public sealed record Person(string Name, int Age) : IActor;

    public sealed record Collective(string Name, int Members) : IActor;

    public sealed record Event(string Title) : ISearchResult;

    private sealed class SearchResultType : UnionType<ISearchResult>
    {
        protected override void Configure(IUnionTypeDescriptor<ISearchResult> d) => d.Name("SearchResult").Description("Anything the search finds.");
    }

    private sealed class ActorType : InterfaceType<IActor>
    {
        protected override void Configure(IInterfaceTypeDescriptor<IActor> d) => d.Name("Actor");
    }

    private sealed class PersonType : ObjectType<Person>
    {
    }

    private sealed class CollectiveType : ObjectType<Collective>
    {
    }

    private sealed class EventType : ObjectType<Event>
    {
    }

    /// <summary>A union over unrelated values: explicit members and a type resolver.</summary>
    private sealed class AnythingType : UnionType<object>
    {
        protected override void Configure(IUnionTypeDescriptor<object> d) => d
            .Name("Anything")
            .Type<EventType>()
            .Type<Person>()
            .ResolveAbstractType((value, context, _) => context.Schema.GetType<ObjectType>(value is string ? "Event" : "Person"));
    }

    private sealed class SearchQueryType : ObjectType<SearchQuery>
    {
        // An 'object' result has no GraphQL type of its own: the field names the union.
        protected override void Configure(IObjectTypeDescriptor<SearchQuery> d) =>
            d.Field(q => q.Everything()).Type<NonNullType<ListType<AnythingType>>>();
    }

    private sealed class SearchQuery
    {
        public IReadOnlyList<ISearchResult> Search() => [new Person("Ada", 36), new Collective("Commons", 12), new Event("Harvest fair")];

        public IReadOnlyList<IActor> Actors() => [new Collective("Commons", 12)];

        [GraphQLName("anything")]
        [GraphQLDescription("A union resolved by a delegate.")]
        public IReadOnlyList<object> Everything() => ["an event", 42];
    }
}
