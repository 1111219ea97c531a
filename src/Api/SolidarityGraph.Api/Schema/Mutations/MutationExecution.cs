using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.AspNetCore.Authorization;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>
/// Runs one convention mutation: names the caller as the audit actor, calls the resolver with the input's fields as
/// arguments, and turns a broken domain rule into the payload's typed errors. Mutation fields run one after another
/// (spec §6.2.2), so they share the request's <see cref="SolidarityGraphDbContext"/>; a failed one leaves nothing
/// tracked behind for the next.
/// </summary>
internal static class MutationExecution
{
    private static readonly IReadOnlyDictionary<string, object?> NoInput = new Dictionary<string, object?>();
    private static readonly AuthorizeRule[] StewardOnly = [new(Policies.Steward)];

    public static async ValueTask<object?> RunAsync(IResolverContext context, FieldResolver resolver)
    {
        var input = context.Arguments.TryGetValue(MutationConventions.InputArgument, out var value)
            && value is IReadOnlyDictionary<string, object?> map ? map : NoInput;
        var db = context.Services.GetRequiredService<SolidarityGraphDbContext>();
        db.Actor = ActorOf(context);
        // A writer that is not a steward (a partner token with graph.write) neither reads nor edits steward-only rows.
        db.ReadsStewardOnlyData = await FieldAuthorizer.EvaluateAsync(context, StewardOnly).ConfigureAwait(false) is null;
        try
        {
            return MutationPayload.Success(await resolver(new InputArgumentsContext(context, input)).ConfigureAwait(false));
        }
        catch (DomainException exception)
        {
            // The attempt's changes are dropped; a conflict's audit rows were already written by SaveChanges.
            db.ChangeTracker.Clear();
            var expectedVersion = input.TryGetValue(MutationConventions.VersionArgument, out var version) && version is long v ? v : (long?)null;
            return MutationPayload.Failure(await MutationErrorMapper.MapAsync(db, exception, expectedVersion, context.CancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>The audit actor: the signed-in caller's name (the Steward policy guarantees one).</summary>
    private static string ActorOf(IResolverContext context) =>
        FieldAuthorizer.User(context).Identity?.Name is { Length: > 0 } name ? name : "anonymous";
}
