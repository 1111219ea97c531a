using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Projects;

/// <summary>IATI BudgetType; the numeric values are the IATI codes.</summary>
public enum BudgetType
{
    /// <remarks>The budget as first approved.</remarks>
    Original = 1,

    /// <remarks>A budget replacing the original.</remarks>
    Revised = 2,
}

/// <summary>IATI BudgetStatus; the numeric values are the IATI codes.</summary>
public enum BudgetStatus
{
    /// <remarks>A non-binding estimate.</remarks>
    Indicative = 1,

    /// <remarks>Binding, e.g. signed in an agreement.</remarks>
    Committed = 2,
}

/// <summary>A project budget (DOMAIN.md §4.3, §5.6 B1): the denominator of derived funding shares.</summary>
public sealed class Budget : EntityBase
{
    private Budget()
    {
        ProjectId = string.Empty;
        Value = null!;
    }

    /// <summary>Creates a budget; the value must not be negative.</summary>
    public Budget(string projectId, Money value, BudgetType type = BudgetType.Original, BudgetStatus status = BudgetStatus.Indicative)
    {
        ProjectId = Guard.RequiredId(projectId, "Budget project id");
        Value = RequireValue(value);
        Type = type;
        Status = status;
    }

    /// <inheritdoc />
    public override NodeKind NodeKind => NodeKind.Budget;

    /// <summary>The budgeted project.</summary>
    public string ProjectId { get; private set; }

    /// <summary>The budgeted amount.</summary>
    public Money Value { get; private set; }

    /// <summary>Start of the budget period; null when the source states none (a lifetime budget).</summary>
    public PartialDate? PeriodStart { get; private set; }

    /// <summary>End of the budget period.</summary>
    public PartialDate? PeriodEnd { get; private set; }

    /// <summary>Original or revised.</summary>
    public BudgetType Type { get; private set; }

    /// <summary>Indicative or committed.</summary>
    public BudgetStatus Status { get; private set; }

    /// <summary>Changes the budgeted amount.</summary>
    public Budget Revise(Money value, BudgetType type, BudgetStatus status)
    {
        Value = RequireValue(value);
        Type = type;
        Status = status;
        return this;
    }

    /// <summary>Sets the period; start must not be after end.</summary>
    public Budget SetPeriod(PartialDate? start, PartialDate? end)
    {
        Guard.Ordered(start, end, "Budget period start", "Budget period end");
        PeriodStart = start;
        PeriodEnd = end;
        return this;
    }

    private static Money RequireValue(Money? value)
    {
        if (value is null)
        {
            throw new DomainException(DomainErrorCodes.Required, "Budget value is required.");
        }

        return value.Amount >= 0 ? value : throw new DomainException(
            DomainErrorCodes.AmountNegative, $"Budget value must not be negative, got {value}.");
    }
}
