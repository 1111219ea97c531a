using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Fundings;

/// <summary>
/// The editable state of a <see cref="Funding"/> (funder, recipient and project are fixed at creation), given to
/// <see cref="Funding.Edit"/> at once.
/// </summary>
/// <param name="Amount">Amount, null when unknown (never 0 for "unknown").</param>
/// <param name="Currency">ISO 4217 code; required exactly when an amount is given.</param>
/// <param name="Instrument">How the money is given.</param>
/// <param name="FlowStage">Pledge, commitment or disbursement.</param>
/// <param name="Date">When it was given or decided.</param>
/// <param name="Programme">The funder's programme.</param>
/// <param name="Purpose">What the money is for.</param>
public sealed record FundingDetails(
    decimal? Amount,
    string? Currency,
    FundingInstrument Instrument = FundingInstrument.Unknown,
    FlowStage FlowStage = FlowStage.Unknown,
    PartialDate? Date = null,
    string? Programme = null,
    string? Purpose = null)
{
    /// <summary>The details <paramref name="funding"/> has now.</summary>
    public static FundingDetails Of(Funding funding)
    {
        ArgumentNullException.ThrowIfNull(funding);
        return new FundingDetails(
            funding.Amount, funding.Currency, funding.Instrument, funding.FlowStage, funding.Date, funding.Programme, funding.Purpose);
    }
}
