using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Classifications;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Fundings;
using SolidarityGraph.Domain.Indicators;
using SolidarityGraph.Domain.Memberships;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.People;
using SolidarityGraph.Domain.Persistence.Auditing;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Persistence.Providers;
using SolidarityGraph.Domain.Places;
using SolidarityGraph.Domain.Policy;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Persistence;

/// <summary>
/// The EF Core unit of work over the SolidarityGraph database (SQLite or PostgreSQL). Saving stamps versions and timestamps,
/// rejects stale edits with <see cref="ConcurrencyConflictException"/> and writes the audit trail
/// (see <c>SolidarityGraphDbContext.Saving.cs</c>).
/// </summary>
public sealed partial class SolidarityGraphDbContext(DbContextOptions<SolidarityGraphDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<PublicContact> PublicContacts => Set<PublicContact>();
    public DbSet<Entrepreneur> Entrepreneurs => Set<Entrepreneur>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<NetworkJoin> NetworkJoins => Set<NetworkJoin>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<ProjectRole> ProjectRoles => Set<ProjectRole>();
    public DbSet<ProjectLocation> ProjectLocations => Set<ProjectLocation>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Result> Results => Set<Result>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<Funding> Fundings => Set<Funding>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventSeries> EventSeries => Set<EventSeries>();
    public DbSet<EventRole> EventRoles => Set<EventRole>();
    public DbSet<Training> Trainings => Set<Training>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<PolicyProposal> PolicyProposals => Set<PolicyProposal>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<Classification> Classifications => Set<Classification>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Who is saving; written to every audit entry. The host sets it per request (default <c>system</c>).</summary>
    public string Actor { get; set; } = "system";

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        if (DatabaseProviders.Of(Database) == DatabaseProvider.Postgres)
        {
            // Byte-wise text order, as SQLite's BINARY and C#'s ordinal comparison: sorts, keyset cursors (Id > @after)
            // and unique keys behave the same on both engines whatever locale the server was installed with.
            configurationBuilder.Properties<string>().UseCollation("C");
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SolidarityGraphDbContext).Assembly);
        StoreEnumsAsText(modelBuilder);
        ConfigurePrivacyFilters(modelBuilder);
    }

    // Enums are stored by name so the database reads without a codebook; IATI numeric codes live on the enum values.
    private static void StoreEnumsAsText(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum && property.GetValueConverter() is null)
            {
                property.SetProviderClrType(typeof(string));
            }
        }
    }
}
