namespace SolidarityGraph.Domain.Common;

/// <summary>
/// A broken domain rule. <see cref="Code"/> is stable (see <see cref="DomainErrorCodes"/>) so callers such as GraphQL
/// mutations and admin pages can map it without parsing the human-readable <see cref="Exception.Message"/>.
/// </summary>
public class DomainException : Exception
{
    /// <summary>Creates a rule violation with a stable code and a message meant for people.</summary>
    public DomainException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable machine-readable code, e.g. <c>FUNDING_CURRENCY_REQUIRED</c>.</summary>
    public string Code { get; }
}
