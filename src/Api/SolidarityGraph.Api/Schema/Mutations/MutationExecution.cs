using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.GraphQL.AspNetCore.Authorization;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>
/// The Api's part of the engine's mutation conventions (<see cref="MutationConventionExtensions"/>): the typed error
/// types, and running one mutation: names the caller as the audit actor, calls the resolver (the input's fields are its
/// arguments), and turns a broken domain rule into the payload's typed errors. Mutation fields run one after another
/// (spec §6.2.2), so they share the request's <see cref="SolidarityGraphDbContext"/>; a failed one leaves nothing
/// tracked behind for the next.
/// </summary>
internal static class MutationExecution
{
    private static readonly AuthorizeRule[] StewardOnly = [new(Policies.Steward)];

    /// <summary>Name of the argument that makes a mutation an edit of a known version.</summary>
    public const string VersionArgument = "version";

    /// <summary>The conventions as the Api applies them: every field can fail validation or miss a node; edits can conflict.</summary>
    public static MutationConventionOptions Conventions { get; } = new()
    {
        ErrorTypes = ["ValidationError", "NotFoundError"],
        ErrorTypesOf = field => field.Arguments.Contains(VersionArgument) ? ["ConcurrencyError"] : [],
        Execute = RunAsync,
    };

    /// <summary>Runs one mutation; <paramref name="context"/> presents the input's fields as the arguments.</summary>
    public static async ValueTask<MutationPayload> RunAsync(IResolverContext context, FieldResolver resolver)
    {
        var input = context.Arguments;
        var db = context.Services.GetRequiredService<SolidarityGraphDbContext>();
        db.Actor = ActorOf(context);
        // A writer that is not a steward (a partner token with graph.write) neither reads nor edits steward-only rows.
        db.ReadsStewardOnlyData = await FieldAuthorizer.EvaluateAsync(context, StewardOnly).ConfigureAwait(false) is null;
        try
        {
            return MutationPayload.Success(await resolver(context).ConfigureAwait(false));
        }
        catch (DomainException exception)
        {
            // The attempt's changes are dropped; a conflict's audit rows were already written by SaveChanges.
            db.ChangeTracker.Clear();
            var expectedVersion = input.TryGetValue(VersionArgument, out var version) && version is long v ? v : (long?)null;
            return MutationPayload.Failure(await MutationErrorMapper.MapAsync(db, exception, expectedVersion, context.CancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>The audit actor: the signed-in caller's name (the Steward policy guarantees one).</summary>
    private static string ActorOf(IResolverContext context) =>
        FieldAuthorizer.User(context).Identity?.Name is { Length: > 0 } name ? name : "anonymous";
}
