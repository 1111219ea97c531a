using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.People;

/// <summary>A person's consent: when it was given, for which uses, and whether it was withdrawn.</summary>
public sealed record Consent
{
    private Consent()
    {
        Scope = [];
    }

    /// <summary>Consent given at <paramref name="givenAtUtc"/> for at least one named use.</summary>
    public Consent(DateTime givenAtUtc, IEnumerable<string> scope)
    {
        GivenAt = Guard.Utc(givenAtUtc);
        Scope = Guard.TextList(scope);
        if (Scope.Count == 0)
        {
            throw new DomainException(DomainErrorCodes.ConsentInvalid, "Consent must name at least one use in its scope.");
        }
    }

    /// <summary>When consent was given (UTC).</summary>
    public DateTime GivenAt { get; private set; }

    /// <summary>Uses consented to, e.g. <c>programme-monitoring</c>.</summary>
    public IReadOnlyList<string> Scope { get; private set; }

    /// <summary>When consent was withdrawn (UTC), if it was.</summary>
    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>True while consent has not been withdrawn.</summary>
    public bool IsActive => WithdrawnAt is null;

    /// <summary>A copy with the withdrawal recorded.</summary>
    public Consent Withdraw(DateTime withdrawnAtUtc)
    {
        var at = Guard.Utc(withdrawnAtUtc);
        if (at < GivenAt)
        {
            throw new DomainException(
                DomainErrorCodes.ConsentInvalid, $"Consent cannot be withdrawn ({at:O}) before it was given ({GivenAt:O}).");
        }

        return this with { WithdrawnAt = at };
    }
}
