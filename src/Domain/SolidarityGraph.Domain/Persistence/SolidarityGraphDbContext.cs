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
    /// <summary>Published documents; their archived text is internal (steward-only).</summary>
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>Provenance: which quote of which source supports which fields of a record.</summary>
    public DbSet<Citation> Citations => Set<Citation>();

    /// <summary>Organisations of every kind, funders and networks included.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Role-holders named in public sources; e-mail and phone are steward-only.</summary>
    public DbSet<PublicContact> PublicContacts => Set<PublicContact>();

    /// <summary>Steward-only personal data of beneficiaries; empty in the seed.</summary>
    public DbSet<Entrepreneur> Entrepreneurs => Set<Entrepreneur>();

    /// <summary>Steward-only: which entrepreneur took part in which training.</summary>
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    /// <summary>Steward-only: which entrepreneur joined which organisation.</summary>
    public DbSet<NetworkJoin> NetworkJoins => Set<NetworkJoin>();

    /// <summary>Projects, programmes and documented practices.</summary>
    public DbSet<Project> Projects => Set<Project>();

    /// <summary>Project budgets: the denominators of derived funding shares.</summary>
    public DbSet<Budget> Budgets => Set<Budget>();

    /// <summary>Organisation-to-project edges with their role.</summary>
    public DbSet<Participation> Participations => Set<Participation>();

    /// <summary>Public-contact-to-project edges with their role.</summary>
    public DbSet<ProjectRole> ProjectRoles => Set<ProjectRole>();

    /// <summary>Project-to-place edges with their role.</summary>
    public DbSet<ProjectLocation> ProjectLocations => Set<ProjectLocation>();

    /// <summary>Agreements between parties, with their terms.</summary>
    public DbSet<Agreement> Agreements => Set<Agreement>();

    /// <summary>Project results; their indicators hold the numbers.</summary>
    public DbSet<Result> Results => Set<Result>();

    /// <summary>What results are measured by; values are summed only within one code.</summary>
    public DbSet<Indicator> Indicators => Set<Indicator>();

    /// <summary>Reported numbers, each with its comparator and citations.</summary>
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    /// <summary>Funding flows from a funder to a recipient organisation and/or a project.</summary>
    public DbSet<Funding> Fundings => Set<Funding>();

    /// <summary>The place hierarchy, from macro-regions to communities.</summary>
    public DbSet<Place> Places => Set<Place>();

    /// <summary>Dated events.</summary>
    public DbSet<Event> Events => Set<Event>();

    /// <summary>Series that group recurring events.</summary>
    public DbSet<EventSeries> EventSeries => Set<EventSeries>();

    /// <summary>Organisation-to-event edges with their role.</summary>
    public DbSet<EventRole> EventRoles => Set<EventRole>();

    /// <summary>Training programmes of projects; their counts live in indicators.</summary>
    public DbSet<Training> Trainings => Set<Training>();

    /// <summary>Awareness campaigns of projects.</summary>
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    /// <summary>Policy proposals known individually (a mere count is an indicator).</summary>
    public DbSet<PolicyProposal> PolicyProposals => Set<PolicyProposal>();

    /// <summary>Organisation-to-network edges.</summary>
    public DbSet<Membership> Memberships => Set<Membership>();

    /// <summary>Public-contact-to-organisation edges.</summary>
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();

    /// <summary>Codes of DAC, SDG, gender-marker, ESSGlobal and GSEF schemes attached to records.</summary>
    public DbSet<Classification> Classifications => Set<Classification>();

    /// <summary>The append-only audit trail of every save attempt; internal.</summary>
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
        else
        {
            // A string[] query parameter (a DataLoader batch's keys, json_each(@keys)) written as its JSON text in one
            // string; PostgreSQL sends it as a native array (= ANY (@keys)), so it keeps EF Core's mapping.
            configurationBuilder.DefaultTypeMapping<string[]>().HasConversion<StringArrayJsonConverter>();
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
