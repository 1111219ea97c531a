using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema;

/// <summary>
/// <c>search(text:)</c> across the public main types (projects, organisations, places, events, trainings, campaigns,
/// sources, public contacts' names). Personal types (Entrepreneur) and protected members are never searched, so a match
/// cannot reveal them.
/// </summary>
public static class SearchQueries
{
    /// <summary>Longest accepted search text.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Adds <c>search</c>.</summary>
    public static void Configure(IObjectTypeDescriptor<object> query) =>
        query.Field("search")
            .Type("[Node!]!")
            .Argument("text", a => a.Type("String!").Description("Case-insensitive text matched against titles and names."))
            .Argument("first", a => a.Type("Int!").DefaultValue(20).Description("At most this many matches (1–50)."))
            .Description("Finds projects, organisations, places, events, trainings, campaigns, sources and public contacts by name or title.")
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

        var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        await using var db = context.Service<ReadContexts>().Create();
        var results = new List<EntityBase>();
        var ct = context.CancellationToken;
        results.AddRange(await Take(db.Projects.Where(p => EF.Functions.Like(p.Title, pattern, "\\") || EF.Functions.Like(p.Description!, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Organisations.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.Acronym!, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Places.Where(p => EF.Functions.Like(p.Name, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Events.Where(e => EF.Functions.Like(e.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Trainings.Where(t => EF.Functions.Like(t.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Campaigns.Where(c => EF.Functions.Like(c.Name, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.Sources.Where(s => EF.Functions.Like(s.Title, pattern, "\\")), first, ct));
        results.AddRange(await Take(db.PublicContacts.Where(c => EF.Functions.Like(c.FullName, pattern, "\\")), first, ct));
        return results.Take(first).ToList();
    }

    private static async Task<List<T>> Take<T>(IQueryable<T> query, int first, CancellationToken cancellationToken)
        where T : EntityBase =>
        await query.OrderBy(e => e.Id).Take(first).ToListAsync(cancellationToken);
}
