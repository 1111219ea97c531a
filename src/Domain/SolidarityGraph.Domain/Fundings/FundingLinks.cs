using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Fundings;

/// <summary>What a steward states when linking a funder to a project (DOMAIN.md §4.4 Funding).</summary>
/// <param name="ProjectId">The funded project.</param>
/// <param name="FunderId">The funding organisation.</param>
/// <param name="Amount">Amount, null when unknown (never 0 for "unknown").</param>
/// <param name="Currency">ISO 4217 code; required exactly when an amount is given.</param>
/// <param name="Instrument">How the money is given.</param>
/// <param name="FlowStage">Pledge, commitment or disbursement.</param>
/// <param name="Date">When it was given or decided.</param>
/// <param name="Programme">The funder's programme.</param>
/// <param name="Purpose">What the money is for.</param>
/// <param name="RecipientId">The receiving organisation, when known.</param>
public sealed record FunderLink(
    string ProjectId,
    string FunderId,
    decimal? Amount,
    string? Currency,
    FundingInstrument Instrument = FundingInstrument.Unknown,
    FlowStage FlowStage = FlowStage.Unknown,
    PartialDate? Date = null,
    string? Programme = null,
    string? Purpose = null,
    string? RecipientId = null)
{
    /// <summary>What <see cref="Funding.Edit"/> is given when the link is created.</summary>
    public FundingDetails Details => new(Amount, Currency, Instrument, FlowStage, Date, Programme, Purpose);
}

/// <summary>
/// Links funders to projects and edits the links. A funder of a project also takes part in it with the IATI role
/// FUNDING, so linking adds that participation when it is missing; both changes are saved by the caller in one unit of
/// work. The admin pages and the funding mutations both go through here, so a share is derived the same way for both.
/// </summary>
public static class FundingLinks
{
    /// <summary>Code: the project or an organisation named in the link does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>
    /// Adds the funding (and, if needed, the FUNDING participation) to <paramref name="db"/> and derives its share of
    /// the project budget when it can; the caller saves.
    /// </summary>
    public static async Task<Funding> LinkFunderAsync(SolidarityGraphDbContext db, FunderLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        await RequireAsync(db.Projects, link.ProjectId, "Project", cancellationToken).ConfigureAwait(false);
        await RequireAsync(db.Organisations, link.FunderId, "Organisation", cancellationToken).ConfigureAwait(false);
        if (link.RecipientId is not null)
        {
            await RequireAsync(db.Organisations, link.RecipientId, "Organisation", cancellationToken).ConfigureAwait(false);
        }

        var funding = new Funding(link.FunderId, link.RecipientId, link.ProjectId).Edit(link.Details);
        await DeriveShareAsync(db, funding, cancellationToken).ConfigureAwait(false);
        db.Fundings.Add(funding);

        var participates = await db.Participations.AnyAsync(
            p => p.ProjectId == link.ProjectId && p.OrganisationId == link.FunderId && p.Role == ParticipationRole.Funding,
            cancellationToken).ConfigureAwait(false);
        if (!participates)
        {
            db.Participations.Add(new Participation(link.FunderId, link.ProjectId, ParticipationRole.Funding));
        }

        return funding;
    }

    /// <summary>Edits <paramref name="funding"/> through <see cref="Funding.Edit"/> and derives its share again; the caller saves.</summary>
    public static async Task<Funding> EditAsync(SolidarityGraphDbContext db, Funding funding, FundingDetails details,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(funding);
        funding.Edit(details);
        await DeriveShareAsync(db, funding, cancellationToken).ConfigureAwait(false);
        return funding;
    }

    // The share is derived from the amount, so a share the budget refuses is reported against the amount.
    private static async Task DeriveShareAsync(SolidarityGraphDbContext db, Funding funding, CancellationToken cancellationToken)
    {
        try
        {
            await FundingShares.RecomputeAsync(db, funding, cancellationToken).ConfigureAwait(false);
        }
        catch (DomainException exception) when (exception is not InvalidDetailException)
        {
            throw new InvalidDetailException(nameof(FundingDetails.Amount), exception);
        }
    }

    private static async Task RequireAsync<T>(DbSet<T> set, string id, string label, CancellationToken cancellationToken)
        where T : EntityBase
    {
        if (!await set.AnyAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainException(NotFound, $"{label} {id} does not exist.");
        }
    }
}
