namespace SolidarityGraph.Domain.Fundings;

/// <summary>How money is given (DOMAIN.md §4.4).</summary>
public enum FundingInstrument
{
    Unknown,
    Grant,
    Contribution,
    Subsidy,
    Loan,
    InKind,
    Contract,
}

/// <summary>How far the flow has gone: IATI transaction types 12–13 pledge, 2/11 commitment, 3 disbursement.</summary>
public enum FlowStage
{
    Unknown,
    Pledge,
    Commitment,
    Disbursement,
}
