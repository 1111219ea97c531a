using SolidarityGraph.Api.Schema;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Api.Tests.Schema.Paging;

/// <summary>
/// Every field a filter or sort input offers can be translated to SQL: a steward (who sees every protected field)
/// filters and sorts each root connection by each of them and gets no error. Catches members that are not columns
/// (computed or stored as JSON) leaking into the inputs.
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class FilterableFieldsTests(GraphQLHost host)
{
    private static readonly GraphQL.Types.Schema Schema = SolidarityGraphSchema.Build();

    public static TheoryData<string> Connections()
    {
        var data = new TheoryData<string>();
        foreach (var field in Schema.QueryType!.Fields.Where(f => f.Arguments.Find("where") is not null || f.Arguments.Find("order") is not null))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task EveryFilterAndSortFieldTranslates(string connection)
    {
        var field = Schema.QueryType!.Fields.Find(connection)!;
        var queries = new List<string>();
        if (field.Arguments.Find("where") is { } where)
        {
            foreach (var input in Leaves(where.Type))
            {
                queries.Add($"{{ {connection}(first: 1, where: {{ {input}: {{ neq: null }} }}) {{ totalCount nodes {{ __typename }} }} }}");
            }
        }

        if (field.Arguments.Find("order") is { } order)
        {
            foreach (var input in Leaves(order.Type))
            {
                queries.Add($"{{ {connection}(first: 1, order: [{{ {input}: DESC }}]) {{ nodes {{ __typename }} }} }}");
            }
        }

        Assert.NotEmpty(queries);
        foreach (var query in queries)
        {
            var response = await host.PostAsync(query, role: "Steward");
            Assert.True(response.Json["errors"] is null, $"{query}\n{response.Body}");
        }
    }

    /// <summary>The input's fields that filter or sort one member (not <c>and</c>/<c>or</c>, not nested inputs of relations).</summary>
    private static IEnumerable<string> Leaves(IType type)
    {
        var input = (InputObjectType)TypeExtensions.NamedType(type);
        return input.Fields.Where(f => f.Name is not ("and" or "or")).Select(f => f.Name);
    }
}
