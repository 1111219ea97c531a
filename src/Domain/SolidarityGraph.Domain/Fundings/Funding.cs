using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Fundings;

/// <summary>
/// Money (or support) from a funder to a recipient organisation and/or a project (DOMAIN.md §4.4, §5.6).
/// An unknown amount stays null, never 0; a known amount needs its currency.
/// </summary>
public sealed class Funding : EntityBase
{
    private Funding()
    {
        FunderId = string.Empty;
    }

    /// <summary>
    /// Creates a funding edge. At least one of <paramref name="recipientId"/> and <paramref name="projectId"/> is
    /// required; <paramref name="currency"/> is required exactly when <paramref name="amount"/> is given.
    /// </summary>
    public Funding(string funderId, string? recipientId, string? projectId, decimal? amount = null, string? currency = null)
    {
        FunderId = Guard.RequiredId(funderId, "Funder id");
        RecipientId = Guard.OptionalId(recipientId, "Recipient id");
        ProjectId = Guard.OptionalId(projectId, "Funded project id");
        if (RecipientId is null && ProjectId is null)
        {
            throw new DomainException(
                DomainErrorCodes.FundingTargetRequired, "A funding needs a recipient organisation, a project, or both.");
        }

        if (string.Equals(FunderId, RecipientId, StringComparison.Ordinal))
        {
            throw new DomainException(DomainErrorCodes.FundingSelfFunding, $"Organisation {FunderId} cannot fund itself.");
        }

        SetAmount(amount, currency);
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Funding;

    /// <summary>The funding organisation.</summary>
    public string FunderId { get; private set; }

    /// <summary>The receiving organisation, when known.</summary>
    public string? RecipientId { get; private set; }

    /// <summary>The funded project, when known.</summary>
    public string? ProjectId { get; private set; }

    /// <summary>The amount; null means unknown (never stored as 0).</summary>
    public decimal? Amount { get; private set; }

    /// <summary>ISO 4217 currency of <see cref="Amount"/>; null exactly when the amount is unknown.</summary>
    public string? Currency { get; private set; }

    /// <summary>The amount as <see cref="Money"/>, or null when unknown.</summary>
    public Money? Value => Amount is null ? null : new Money(Amount.Value, Currency!);

    /// <summary>When the funding was given or decided.</summary>
    public PartialDate? Date { get; private set; }

    /// <summary>How the money is given.</summary>
    public FundingInstrument Instrument { get; private set; }

    /// <summary>The funder's programme, e.g. «Transition 2024 Fund».</summary>
    public string? Programme { get; private set; }

    /// <summary>Pledge, commitment or disbursement.</summary>
    public FlowStage FlowStage { get; private set; }

    /// <summary>What the money is for, verbatim where stated.</summary>
    public string? Purpose { get; private set; }

    /// <summary>Share of the project budget, 0–1; only ever set by <see cref="DeriveShare"/>.</summary>
    public decimal? Share { get; private set; }

    /// <summary><see cref="AssertionKind.Derived"/> whenever <see cref="Share"/> is set.</summary>
    public AssertionKind? ShareAssertion { get; private set; }

    /// <summary>
    /// Replaces amount, currency and terms at once; the admin and the funding mutations both edit through here. The
    /// amount rules are checked before anything changes, and any derived share is cleared (see
    /// <see cref="FundingLinks.EditAsync"/>, which derives it again).
    /// </summary>
    public Funding Edit(FundingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        SetAmount(details.Amount, Guard.Optional(details.Currency));
        return Describe(details.Instrument, details.FlowStage, details.Date, details.Programme, details.Purpose);
    }

    /// <summary>Sets or clears the amount. Any derived share is cleared, since it was computed from the old amount.</summary>
    public Funding SetAmount(decimal? amount, string? currency)
    {
        if (amount is null)
        {
            if (!string.IsNullOrWhiteSpace(currency))
            {
                throw new DomainException(
                    DomainErrorCodes.FundingCurrencyWithoutAmount,
                    $"A funding with an unknown amount cannot have a currency (got '{currency}'); leave both empty.");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(currency))
            {
                throw new DomainException(
                    DomainErrorCodes.FundingCurrencyRequired,
                    "A funding amount needs a currency: give an ISO 4217 code such as EUR.");
            }

            if (amount < 0)
            {
                throw new DomainException(DomainErrorCodes.AmountNegative, $"A funding amount must not be negative, got {amount}.");
            }

            _ = new Money(amount.Value, currency); // validates the currency code and precision
        }

        Amount = amount;
        Currency = amount is null ? null : currency;
        Share = null;
        ShareAssertion = null;
        return this;
    }

    /// <summary>Sets the qualitative terms.</summary>
    public Funding Describe(FundingInstrument instrument = FundingInstrument.Unknown, FlowStage flowStage = FlowStage.Unknown,
        PartialDate? date = null, string? programme = null, string? purpose = null)
    {
        Instrument = instrument;
        FlowStage = flowStage;
        Date = date;
        Programme = Guard.Optional(programme);
        Purpose = Guard.Optional(purpose);
        return this;
    }

    /// <summary>
    /// Derives <see cref="Share"/> from the funded project's budget (see <see cref="DerivedShare"/>) and marks it
    /// DERIVED. Store a <see cref="Citation.Derived"/> citation supporting <c>share</c> beside it.
    /// </summary>
    public decimal DeriveShare(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (Value is not { } amount)
        {
            throw new DomainException(
                DomainErrorCodes.ShareAmountUnknown, $"Cannot derive a share for Funding {Id}: its amount is unknown.");
        }

        if (ProjectId != budget.ProjectId)
        {
            throw new DomainException(
                DomainErrorCodes.ShareBudgetOfOtherProject,
                $"Cannot derive a share for Funding {Id}: Budget {budget.Id} belongs to Project {budget.ProjectId}, not {(ProjectId is null ? "(none)" : $"Project {ProjectId}")}.");
        }

        Share = DerivedShare.Compute(amount, budget.Value);
        ShareAssertion = AssertionKind.Derived;
        return Share.Value;
    }
}
