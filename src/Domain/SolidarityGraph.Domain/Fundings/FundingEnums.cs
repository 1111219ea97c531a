namespace SolidarityGraph.Domain.Fundings;

/// <summary>How money is given (DOMAIN.md §4.4).</summary>
public enum FundingInstrument
{
    /// <remarks>The source does not say how the money is given.</remarks>
    Unknown,

    /// <remarks>Money given for the project, not repaid.</remarks>
    Grant,

    /// <remarks>A share of the costs, as the source calls it «contribution».</remarks>
    Contribution,

    /// <remarks>A public subsidy.</remarks>
    Subsidy,

    /// <remarks>Money to be repaid.</remarks>
    Loan,

    /// <remarks>Goods, staff time or premises instead of money.</remarks>
    InKind,

    /// <remarks>Payment for work under a contract.</remarks>
    Contract,
}

/// <summary>How far the flow has gone: IATI transaction types 12–13 pledge, 2/11 commitment, 3 disbursement.</summary>
public enum FlowStage
{
    /// <remarks>The source does not say how far the flow has gone.</remarks>
    Unknown,

    /// <remarks>Promised, not yet binding (IATI transaction types 12 and 13).</remarks>
    Pledge,

    /// <remarks>Formally committed (IATI transaction types 2 and 11).</remarks>
    Commitment,

    /// <remarks>Paid out (IATI transaction type 3).</remarks>
    Disbursement,
}
