namespace SolidarityGraph.Domain.Financing;

// Namespace note: the folder is Funding/ but the namespace is Financing, because a namespace named like the
// Funding class would shadow the class for every caller inside SolidarityGraph.Domain.*.

/// <summary>How money is given (DOMAIN.md §4.4).</summary>
public enum FundingInstrument
{
#pragma warning disable CS1591 // DOMAIN.md §4.4 names.
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
#pragma warning restore CS1591
}
