using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Tests;

/// <summary>Asserts that a rule is broken with its exact code and message.</summary>
internal static class DomainAssert
{
    public static DomainException Throws(string code, string message, Action action)
    {
        var exception = Assert.Throws<DomainException>(action);
        Assert.Equal(message, exception.Message);
        Assert.Equal(code, exception.Code);
        return exception;
    }

    public static DomainException Throws(string code, string message, Func<object?> action) =>
        Throws(code, message, () => { _ = action(); });
}

/// <summary>Fixed ids so messages that mention ids can be asserted exactly.</summary>
internal static class Ids
{
    public static readonly string A = EntityId.FromKey("test:A");
    public static readonly string B = EntityId.FromKey("test:B");
    public static readonly string C = EntityId.FromKey("test:C");
}
