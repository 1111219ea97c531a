using SolidarityGraph.Api.Schema.Campaigns;
using SolidarityGraph.Api.Schema.Classifications;
using SolidarityGraph.Api.Schema.Common;
using SolidarityGraph.Api.Schema.Events;
using SolidarityGraph.Api.Schema.Fundings;
using SolidarityGraph.Api.Schema.Indicators;
using SolidarityGraph.Api.Schema.Node;
using SolidarityGraph.Api.Schema.Organisations;
using SolidarityGraph.Api.Schema.People;
using SolidarityGraph.Api.Schema.Places;
using SolidarityGraph.Api.Schema.Policy;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Api.Schema.Projects;
using SolidarityGraph.Api.Schema.Sources;
using SolidarityGraph.GraphQL.AspNetCore.Authorization;
using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Data;

namespace SolidarityGraph.Api.Schema;

/// <summary>The one place that lists every feature's types and root fields (ARCHITECTURE.md §1.2).</summary>
public static class SolidarityGraphSchema
{
    /// <summary>
    /// Builds the domain schema: code-first types, data fields completed, mutation conventions applied, the privacy check
    /// passed (every S/X/I member guarded), and authorization enforced before resolvers, all inside <c>Build()</c>.
    /// </summary>
    /// <exception cref="SchemaBuildException">A definition is invalid or personal data is exposed without a policy.</exception>
    public static GraphQL.Types.Schema Build()
    {
        var builder = new CodeFirstSchemaBuilder()
            .AddQueryType(query =>
            {
                query.Description("The SolidarityGraph: projects, organisations, funding, places, events and indicators, every fact cited.");
                NodeQueries.Configure(query);
                ProjectQueries.Configure(query);
                OrganisationQueries.Configure(query);
                FundingQueries.Configure(query);
                PlaceQueries.Configure(query);
                EventQueries.Configure(query);
                CampaignQueries.Configure(query);
                IndicatorQueries.Configure(query);
                SourceQueries.Configure(query);
                PeopleQueries.Configure(query);
                PolicyQueries.Configure(query);
                ClassificationQueries.Configure(query);
                SearchQueries.Configure(query);
                RateLimits.RateLimitQueries.Configure(query);
            })
            .AddType<NodeInterfaceType>()
            .AddType<PartialDateType>()
            .AddType<MoneyType>()
            .AddType<LocalizedTextType>()
            .AddType<ExternalIdType>()
            .AddType<ProjectDateType>()
            .AddType<GeoPointType>()
            .AddType<FeaturedExperienceType>()
            .AddType<CampaignMaterialType>()
            .AddType<DimensionType>()
            .AddType<ConsentType>()
            .AddType<IndicatorValueKindType>()
            .AddType<ProjectType>()
            .AddType<ParticipationType>()
            .AddType<ProjectLocationType>()
            .AddType<ProjectRoleType>()
            .AddType<BudgetType>()
            .AddType<ResultType>()
            .AddType<OrganisationType>()
            .AddType<FundingType>()
            .AddType<PlaceType>()
            .AddType<EventType>()
            .AddType<EventSeriesType>()
            .AddType<TrainingType>()
            .AddType<CampaignType>()
            .AddType<IndicatorType>()
            .AddType<IndicatorValueType>()
            .AddType<SourceType>()
            .AddType<CitationType>()
            .AddType<QuoteRedactionType>()
            .AddType<PublicContactType>()
            .AddType<EntrepreneurType>()
            .AddType<PolicyProposalType>()
            .AddType<ClassificationType>()
            .AddType<IndicatorGroupingType>()
            .AddType<IndicatorTotalGroupType>()
            .AddType<FundingFlowType>()
            .AddType<RateLimits.RateLimitType>();
        return Mutations.MutationSchema.Register(builder)
            .UseData()
            .AddSchemaCompletion(SchemaCompletionStage.Checks, PrivacyChecked)
            .UseAuthorization()
            .Build();
    }

    private static GraphQL.Types.Schema PrivacyChecked(GraphQL.Types.Schema schema)
    {
        PrivacyCheck.ThrowIfExposed(schema);
        return schema;
    }
}
