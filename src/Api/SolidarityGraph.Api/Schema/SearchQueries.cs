using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// <c>search(text:)</c> across the public main types through <see cref="RecordSearch"/>, the matching the admin's global
/// search uses too. Personal types (Entrepreneur) and protected members are never searched, so a match cannot reveal them.
/// </summary>
public static class SearchQueries
{
    /// <summary>Longest accepted search text.</summary>
    public const int MaxTextLength = RecordSearch.MaxTextLength;

    /// <summary>Adds <c>search</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) =>
        query.Field("search")
            .Type("[Node!]!")
            .Argument("text", a => a.Type("String!").Description("Case-insensitive text matched against titles and names."))
            .Argument("first", a => a.Type("Int!").DefaultValue(20).Description("At most this many matches (1–50)."))
            .Description("Finds projects, organisations, places, events, event series, trainings, campaigns, indicators, sources and public contacts by name, title or code.")
            .ListSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
            .Resolve(context => SearchAsync(context, context.GetArgument<string>("text"), context.GetArgument<int>("first")));

    private static async Task<IReadOnlyList<EntityBase>> SearchAsync(IResolverContext context, string text, int first)
    {
        text = text.Trim();
        if (text.Length == 0 || text.Length > MaxTextLength)
        {
            throw new GraphQLException($"search(text:) needs 1 to {MaxTextLength} characters.", ApiErrorCodes.InvalidArgument);
        }

        if (first is < 1 or > 50)
        {
            throw new GraphQLException("search(first:) must be between 1 and 50.", GraphQL.Data.DataErrorCodes.MaxPageSizeExceeded);
        }

        await using var lease = await context.Service<ReadContexts>().LeaseAsync(context.CancellationToken);
        return await RecordSearch.FindFirstAsync(lease.Context, text, first, context.CancellationToken);
    }
}
