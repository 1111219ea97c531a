namespace SolidarityGraph.Domain.Common;

/// <summary>
/// A domain rule broken by one value of an edit: <see cref="Detail"/> names the property of the aggregate's details
/// record (e.g. <c>PlannedEnd</c> of <c>ProjectDetails</c>). Every caller keeps the rule's code and message and can
/// point at its own field for that property: the admin at its form input, a mutation at its input field.
/// </summary>
public sealed class InvalidDetailException : DomainException
{
    /// <summary>Wraps <paramref name="rule"/>, broken by the detail <paramref name="detail"/>.</summary>
    public InvalidDetailException(string detail, DomainException rule)
        : base(rule?.Code ?? throw new ArgumentNullException(nameof(rule)), rule.Message, rule)
    {
        Detail = detail;
    }

    /// <summary>The name of the details property at fault.</summary>
    public string Detail { get; }

    /// <summary>Runs <paramref name="rule"/>; a broken rule is reported against <paramref name="detail"/>.</summary>
    public static T Check<T>(string detail, Func<T> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        try
        {
            return rule();
        }
        catch (DomainException exception) when (exception is not InvalidDetailException)
        {
            throw new InvalidDetailException(detail, exception);
        }
    }

    /// <summary><see cref="Check{T}"/> for a rule that returns nothing.</summary>
    public static void Check(string detail, Action rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Check(detail, () =>
        {
            rule();
            return true;
        });
    }
}
