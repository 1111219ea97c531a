using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Schema.Campaigns;
using SolidarityGraph.Api.Schema.Events;
using SolidarityGraph.Api.Schema.Fundings;
using SolidarityGraph.Api.Schema.Indicators;
using SolidarityGraph.Api.Schema.Organisations;
using SolidarityGraph.Api.Schema.Places;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Api.Schema.Projects;
using SolidarityGraph.Api.Schema.Sources;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.Api.Schema.Mutations;

/// <summary>
/// The <c>Mutation</c> root: every field needs the <c>GraphWrite</c> policy (stewards, or tokens with <c>graph.write</c>; DOMAIN.md §4.6), declared once on the type,
/// and follows the engine's mutation conventions with the Api's typed errors (<see cref="MutationExecution"/>).
/// </summary>
public static class MutationSchema
{
    /// <summary>The classes whose public static methods are mutation fields, one per feature.</summary>
    private static readonly Type[] Features =
    [
        typeof(ProjectMutations),
        typeof(OrganisationMutations),
        typeof(ParticipationMutations),
        typeof(FundingMutations),
        typeof(IndicatorValueMutations),
        typeof(CitationMutations),
        typeof(PlaceMutations),
        typeof(EventMutations),
        typeof(TrainingMutations),
        typeof(CampaignMutations),
        typeof(SourceMutations),
        typeof(IndicatorMutations),
    ];

    /// <summary>
    /// Sets the guarded <c>Mutation</c> root, adds the error types and every feature's mutations, and applies the
    /// mutation conventions inside <c>Build()</c>.
    /// </summary>
    public static CodeFirstSchemaBuilder Register(CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMutationType(mutation => mutation
                .Description("Edits by stewards and by tokens with the `graph.write` scope. Every field takes one `input` and returns a payload with the node or typed `errors`.")
                .Authorize(Policies.Write))
            .AddType<MutationErrorInterfaceType>()
            .AddType<ValidationErrorType>()
            .AddType<NotFoundErrorType>()
            .AddType<ConcurrencyErrorType>()
            .AddType<CampaignMaterialInputType>();
        foreach (var feature in Features)
        {
            builder.AddTypeExtension(feature);
        }

        return builder.UseMutationConventions(MutationExecution.Conventions);
    }
}
